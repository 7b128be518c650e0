import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReferralDraft } from '../../../domain/referral/draft/referral-draft-schema.ts';
import type { Profile } from '../api/api-types.ts';
import { detailGroups } from './detail-rows.ts';

const useStyles = makeStyles({
  group: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
  },
  title: {
    margin: `0 0 ${tokens.spacingVerticalS}`,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: 'minmax(10rem, 1fr) minmax(0, 2fr)',
    '@media (max-width: 600px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  term: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS} 0`,
    color: tokens.colorNeutralForeground2,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  value: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} 0`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  row: { display: 'contents' },
  long: { whiteSpace: 'pre-wrap' },
  missing: { color: tokens.colorNeutralForeground4, fontStyle: 'italic' },
});

/** The whole referral, read-only, section by section (for the PRSG member, and once it has left the referrer). */
export function ReferralDetails({ form, profile }: { form: ReferralDraft; profile: Profile }) {
  const styles = useStyles();
  return (
    <>
      {detailGroups(form, profile).map((group) => (
        <section key={group.title} className={styles.group} aria-label={group.title}>
          <h2 className={styles.title}>{group.title}</h2>
          <dl className={styles.list}>
            {group.rows.map((row, i) => (
              <div key={`${row.label}:${String(i)}`} className={styles.row}>
                <dt className={styles.term}>{row.label}</dt>
                <dd
                  className={mergeClasses(
                    styles.value,
                    row.long && styles.long,
                    !row.value && styles.missing,
                  )}
                >
                  {row.value ?? 'Not given'}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}
