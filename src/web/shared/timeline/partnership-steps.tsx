import { makeStyles, tokens } from '@fluentui/react-components';
import type { Profile, ReferralView } from '../api/api-types.ts';
import { Panel } from '../shell/panel.tsx';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  note: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** What the partnership does once a referral arrives (information: the tab does not track the panel's work). */
export function PartnershipSteps({ profile, view }: { profile: Profile; view: ReferralView }) {
  const styles = useStyles();
  const arrived = view.state === 'sent';
  return (
    <Panel
      title={arrived ? `What ${profile.shortName} does now` : `What ${profile.shortName} does next`}
      labelledBy="partnership-next-heading"
    >
      <ol className={styles.list}>
        <li>
          The business unit receives the referral in {profile.mailbox} and brings it to the Virtual Panel.
        </li>
        <li>
          The Virtual Panel decides whether the case meets the criteria for a statutory Child Safeguarding
          Practice Review.
        </li>
        <li>
          If it does, a Rapid Review is completed within {profile.rapidReviewWorkingDays} working days to draw
          out the immediate learning.
        </li>
        <li>
          If it does not, the panel may choose another route:{' '}
          {profile.reviewTypes.filter((t) => t !== 'Rapid Review').join(', ')}.
        </li>
      </ol>
      <p className={styles.note}>The partnership contacts you directly about the panel's decision.</p>
    </Panel>
  );
}
