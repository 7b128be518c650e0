import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ErrorCircleFilled, WarningFilled } from '@fluentui/react-icons';
import { formatShortDate } from '../format/dates.ts';
import { daysLeftText, deadlineTone } from '../format/referral-state.ts';

const useStyles = makeStyles({
  root: { display: 'inline-flex', flexDirection: 'column', rowGap: '2px' },
  days: { display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  soon: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  date: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** The due date and the working days left; overdue and due-today stand out in colour, icon and words. */
export function DeadlineText(props: {
  /** Off where the due date is shown beside it already. */
  showDate?: boolean;
  dueBy: string | null;
  daysLeft: number | null;
  dayKind?: 'working' | 'calendar';
}) {
  const styles = useStyles();
  if (!props.dueBy || props.daysLeft === null)
    return <span className={styles.date}>No incident date yet</span>;
  const tone = deadlineTone(props.daysLeft);
  const urgent = tone === 'overdue' || tone === 'due-today';
  return (
    <span className={styles.root}>
      <span className={mergeClasses(styles.days, urgent && styles.overdue, tone === 'soon' && styles.soon)}>
        {tone === 'overdue' && <ErrorCircleFilled aria-hidden />}
        {tone === 'due-today' && <WarningFilled aria-hidden />}
        {daysLeftText(props.daysLeft, props.dayKind)}
      </span>
      {props.showDate !== false && <span className={styles.date}>Due {formatShortDate(props.dueBy)}</span>}
    </span>
  );
}
