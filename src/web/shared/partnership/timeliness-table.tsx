import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { MonthBar } from './timeliness-figures.ts';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase300 },
  caption: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalS,
  },
  cell: {
    textAlign: 'right',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: {
    textAlign: 'right',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  month: { textAlign: 'left', fontWeight: tokens.fontWeightRegular },
});

/** The chart's figures as a table: month, sent, on time, share on time. */
export function TimelinessTable({ bars }: { bars: readonly MonthBar[] }) {
  const styles = useStyles();
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>Referrals sent within the deadline, by month</caption>
      <thead>
        <tr>
          <th scope="col" className={mergeClasses(styles.head, styles.month)}>
            Month
          </th>
          <th scope="col" className={styles.head}>
            Sent
          </th>
          <th scope="col" className={styles.head}>
            Within deadline
          </th>
          <th scope="col" className={styles.head}>
            Share
          </th>
        </tr>
      </thead>
      <tbody>
        {bars.map((bar) => (
          <tr key={bar.month}>
            <th scope="row" className={mergeClasses(styles.cell, styles.month)}>
              {bar.label}
            </th>
            <td className={styles.cell}>{bar.sent}</td>
            <td className={styles.cell}>{bar.onTime}</td>
            <td className={styles.cell}>{bar.percent === null ? '–' : `${String(bar.percent)}%`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
