import { Link, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useVisuallyHidden } from '../components/visually-hidden.ts';
import type { ReferralSummary } from '../api/api-types.ts';
import { formatDateTime, formatShortDate } from '../format/dates.ts';
import { activeStates } from '../format/referral-state.ts';
import { routeHref } from '../routing/routes.ts';
import { focusNextHeading } from '../shell/page-heading.tsx';
import { ArrivalText } from './arrival-text.tsx';
import { DeadlineText } from './deadline-text.tsx';
import { StateBadge } from './state-badge.tsx';
import { referralRouteLabels, type ReferralRoute } from '../../../domain/referral/referral-options.ts';

const useStyles = makeStyles({
  scroller: { overflowX: 'auto' },
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase300 },
  head: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    whiteSpace: 'nowrap',
  },
  cell: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: 'top',
  },
  reference: { fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap' },
  muted: { color: tokens.colorNeutralForeground3 },
});

export type TableKind = 'mine' | 'review' | 'partnership';

const whenColumn: Record<TableKind, { label: string; of: (r: ReferralSummary) => string | null }> = {
  mine: { label: 'Last change', of: (r) => r.updatedAt },
  review: { label: 'Sent to you', of: (r) => r.submittedAt },
  partnership: { label: 'Sent', of: (r) => r.sentAt },
};

/** Referrals as rows: reference (the link), state, type, deadline and when it last moved. No child's details. */
export function ReferralTable(props: {
  referrals: readonly ReferralSummary[];
  kind: TableKind;
  caption: string;
  qaRoleName: string;
  dayKind?: 'working' | 'calendar';
}) {
  const styles = useStyles();
  const hidden = useVisuallyHidden();
  const when = whenColumn[props.kind];
  return (
    <div className={styles.scroller}>
      <table className={styles.table}>
        <caption className={hidden.root}>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.head}>
              Reference
            </th>
            <th scope="col" className={styles.head}>
              State
            </th>
            <th scope="col" className={styles.head}>
              Type
            </th>
            <th scope="col" className={styles.head}>
              {props.kind === 'partnership' ? 'Arrived' : 'Deadline'}
            </th>
            <th scope="col" className={styles.head}>
              {when.label}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.referrals.map((r) => {
            const at = when.of(r);
            return (
              <tr key={r.id}>
                <th scope="row" className={mergeClasses(styles.cell, styles.reference)}>
                  <Link href={routeHref({ screen: 'referral', id: r.id })} onClick={focusNextHeading}>
                    {r.reference}
                  </Link>
                </th>
                <td className={styles.cell}>
                  <StateBadge state={r.state} qaRoleName={props.qaRoleName} />
                </td>
                <td className={styles.cell}>
                  {r.route ? (
                    (referralRouteLabels[r.route as ReferralRoute] ?? r.route)
                  ) : (
                    <span className={styles.muted}>Not chosen</span>
                  )}
                </td>
                <td className={styles.cell}>
                  {props.kind === 'partnership' ? (
                    <ArrivalText dueBy={r.dueBy} sentAt={r.sentAt} />
                  ) : activeStates.includes(r.state) ? (
                    <DeadlineText dueBy={r.dueBy} daysLeft={r.daysLeft} dayKind={props.dayKind} />
                  ) : (
                    <span className={styles.muted}>
                      {r.dueBy ? `Was due ${formatShortDate(r.dueBy)}` : '—'}
                    </span>
                  )}
                </td>
                <td className={mergeClasses(styles.cell, styles.muted)}>{at ? formatDateTime(at) : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
