import { makeStyles, tokens } from '@fluentui/react-components';
import { ShieldLockRegular } from '@fluentui/react-icons';
import type { Profile } from '../../api/api-types.ts';
import { Panel } from '../../shell/panel.tsx';

const useStyles = makeStyles({
  body: { margin: 0 },
  marking: {
    display: 'inline-flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    alignSelf: 'flex-start',
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    letterSpacing: '0.04em',
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `2px ${tokens.spacingHorizontalS}`,
  },
});

/** Only what is needed: the partnership's own words, and the marking the referral travels under. */
export function DataMinimisationNote({ profile }: { profile: Profile }) {
  const styles = useStyles();
  return (
    <Panel title="Only what is needed" labelledBy="data-heading">
      <p className={styles.body}>{profile.guidance.dataMinimisation}</p>
      <span className={styles.marking}>
        <ShieldLockRegular aria-hidden />
        {profile.securityMarking}
      </span>
    </Panel>
  );
}
