import { makeStyles, tokens } from '@fluentui/react-components';
import type { QaDecision } from '../../../domain/referral/qa-decision.ts';
import { formatDateTime } from '../format/dates.ts';
import { Panel } from '../shell/panel.tsx';

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  who: { fontWeight: tokens.fontWeightSemibold },
  when: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  comments: { margin: `${tokens.spacingVerticalXS} 0 0`, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

const verb = { approved: 'Approved', returned: 'Returned for changes', declined: 'Declined' } as const;

/** Every QA decision so far, oldest first, with the comments or reason given. */
export function QaHistory({
  decisions,
  qaRoleName,
}: {
  decisions: readonly QaDecision[];
  qaRoleName: string;
}) {
  const styles = useStyles();
  if (decisions.length === 0) return null;
  return (
    <Panel title={`${qaRoleName} decisions`} labelledBy="qa-heading">
      <ul className={styles.list}>
        {decisions.map((d) => (
          <li key={d.at}>
            <span className={styles.who}>
              {verb[d.decision]} by {d.reviewerName}
            </span>{' '}
            <span className={styles.when}>{formatDateTime(d.at)}</span>
            {d.comments && <p className={styles.comments}>{d.comments}</p>}
          </li>
        ))}
      </ul>
    </Panel>
  );
}
