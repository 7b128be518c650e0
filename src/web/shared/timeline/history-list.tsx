import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { HistoryEvent, Profile, ReferralView } from '../api/api-types.ts';
import { formatDateTime } from '../format/dates.ts';
import { collapseAutosaves, historyLabel, isViewingEvent } from '../format/history-labels.ts';
import { useWorkspace } from '../workspace/workspace-context.ts';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column' },
  item: {
    display: 'grid',
    gridTemplateColumns: '12px minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    paddingBottom: tokens.spacingVerticalM,
  },
  dot: {
    width: '10px',
    height: '10px',
    marginTop: '6px',
    borderRadius: '50%',
    backgroundColor: tokens.colorCompoundBrandBackground,
  },
  viewDot: { backgroundColor: tokens.colorNeutralStroke1 },
  what: { fontWeight: tokens.fontWeightSemibold },
  viewWhat: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  meta: { display: 'block', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  empty: { margin: 0, color: tokens.colorNeutralForeground3 },
});

/** The audit events as a vertical timeline; autosaves in a row are one entry, openings only on request. */
export function HistoryList(props: {
  events: readonly HistoryEvent[];
  showViews: boolean;
  profile: Profile;
  view: ReferralView;
}) {
  const styles = useStyles();
  const { me } = useWorkspace();
  const names = new Map(props.view.qaDecisions.map((d) => [d.reviewerId, d.reviewerName]));
  const who = (actorId: string) =>
    actorId === me.userId
      ? 'You'
      : (names.get(actorId) ??
        (actorId === props.view.ownerId
          ? 'The referrer'
          : actorId === props.view.reviewerId
            ? `The ${props.profile.qaRoleName}`
            : actorId === 'system'
              ? 'The system'
              : 'Someone else'));
  const rows = collapseAutosaves(props.events.filter((e) => props.showViews || !isViewingEvent(e)));
  if (rows.length === 0) return <p className={styles.empty}>Nothing recorded yet.</p>;
  return (
    <ol className={styles.list}>
      {rows.map(({ event, count }) => {
        const viewing = isViewingEvent(event);
        return (
          <li key={event.seq} className={styles.item}>
            <span className={mergeClasses(styles.dot, viewing && styles.viewDot)} aria-hidden />
            <span>
              <span className={viewing ? styles.viewWhat : styles.what}>
                {historyLabel(event, props.profile.qaRoleName)}
                {count > 1 ? ` (${String(count)} times)` : ''}
              </span>
              <span className={styles.meta}>
                {who(event.actorId)} · <time dateTime={event.at}>{formatDateTime(event.at)}</time>
              </span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
