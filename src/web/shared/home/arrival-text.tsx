import { makeStyles, tokens } from '@fluentui/react-components';
import { formatShortDate, londonToday } from '../format/dates.ts';

const useStyles = makeStyles({
  root: { display: 'inline-flex', flexDirection: 'column', rowGap: '2px' },
  late: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  date: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** For the business unit: whether a sent referral arrived by its due date. */
export function ArrivalText({ dueBy, sentAt }: { dueBy: string | null; sentAt: string | null }) {
  const styles = useStyles();
  if (!dueBy || !sentAt) return <span className={styles.date}>—</span>;
  const onTime = londonToday(new Date(sentAt)) <= dueBy;
  return (
    <span className={styles.root}>
      <span className={onTime ? undefined : styles.late}>
        {onTime ? 'Within the deadline' : 'After the deadline'}
      </span>
      <span className={styles.date}>Due {formatShortDate(dueBy)}</span>
    </span>
  );
}
