import { makeStyles, tokens } from '@fluentui/react-components';
import type { MonthBar } from './timeliness-figures.ts';

const useStyles = makeStyles({
  svg: { width: '100%', height: 'auto', maxHeight: '18rem', display: 'block' },
  grid: { stroke: tokens.colorNeutralStroke2, strokeWidth: 1 },
  axis: { fill: tokens.colorNeutralForeground3, fontSize: '11px', fontFamily: tokens.fontFamilyBase },
  bar: { fill: tokens.colorCompoundBrandBackground },
  value: {
    fill: tokens.colorNeutralForeground1,
    fontSize: '11px',
    fontWeight: tokens.fontWeightSemibold,
    fontFamily: tokens.fontFamilyBase,
  },
});

const height = 200;
const top = 16;
const bottom = 28;
const left = 40;
const slot = 56;

/**
 * Share of referrals sent within the deadline, month by month, as SVG bars. The picture is one image with a
 * text alternative; the table beside it carries the same figures for screen readers and keyboard users.
 */
export function TimelinessChart({
  bars,
  titleId,
  descriptionId,
}: {
  bars: readonly MonthBar[];
  titleId: string;
  descriptionId: string;
}) {
  const styles = useStyles();
  const width = left + bars.length * slot + 8;
  const plot = height - top - bottom;
  const y = (percent: number) => top + plot - (percent / 100) * plot;
  return (
    <svg
      className={styles.svg}
      viewBox={`0 0 ${String(width)} ${String(height)}`}
      role="img"
      aria-labelledby={`${titleId} ${descriptionId}`}
    >
      {[0, 50, 100].map((p) => (
        <g key={p}>
          <line className={styles.grid} x1={left} x2={width} y1={y(p)} y2={y(p)} />
          <text className={styles.axis} x={left - 6} y={y(p) + 4} textAnchor="end">
            {p}%
          </text>
        </g>
      ))}
      {bars.map((bar, i) => {
        const x = left + i * slot + 12;
        const percent = bar.percent ?? 0;
        return (
          <g key={bar.month}>
            <rect
              className={styles.bar}
              x={x}
              width={slot - 24}
              y={y(percent)}
              height={Math.max(0, (percent / 100) * plot)}
              rx={2}
            />
            <text className={styles.value} x={x + (slot - 24) / 2} y={y(percent) - 4} textAnchor="middle">
              {bar.percent === null ? '–' : `${String(bar.percent)}%`}
            </text>
            <text className={styles.axis} x={x + (slot - 24) / 2} y={height - 10} textAnchor="middle">
              {bar.shortLabel}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
