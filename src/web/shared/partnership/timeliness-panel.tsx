import { makeStyles, tokens } from '@fluentui/react-components';
import { isApiError, problemMessage } from '../api/api-error.ts';
import type { Profile, Timeliness } from '../api/api-types.ts';
import { Panel } from '../shell/panel.tsx';
import { useVisuallyHidden } from '../components/visually-hidden.ts';
import type { Resource } from '../workspace/use-api-resource.ts';
import { TimelinessChart } from './timeliness-chart.tsx';
import { monthBars, overallPercent } from './timeliness-figures.ts';
import { TimelinessTable } from './timeliness-table.tsx';

const useStyles = makeStyles({
  stats: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXXXL,
    rowGap: tokens.spacingVerticalM,
    margin: 0,
  },
  stat: { display: 'flex', flexDirection: 'column-reverse' },
  number: {
    margin: 0,
    fontSize: tokens.fontSizeHero700,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightHero700,
  },
  label: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  figure: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 3fr) minmax(16rem, 2fr)',
    gap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
    '@media (max-width: 900px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  caption: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalS },
  muted: { margin: 0, color: tokens.colorNeutralForeground3 },
});

/** Timeliness for the business unit: headline figures, the monthly chart and the same figures as a table. */
export function TimelinessPanel({ resource, profile }: { resource: Resource<Timeliness>; profile: Profile }) {
  const styles = useStyles();
  const hidden = useVisuallyHidden();
  const days = `${String(profile.deadline.days)} ${profile.deadline.dayKind === 'working' ? 'working ' : ''}days`;
  let body;
  if (resource.loading && !resource.data) body = <p className={styles.muted}>Loading figures…</p>;
  else if (isApiError(resource.error, 'NOT_FOUND'))
    body = <p className={styles.muted}>Figures unavailable: this service does not report timeliness yet.</p>;
  else if (resource.error !== undefined)
    body = <p className={styles.muted}>Figures unavailable: {problemMessage(resource.error)}</p>;
  else if (resource.data) {
    const bars = monthBars(resource.data);
    const overall = overallPercent(resource.data);
    const median = resource.data.medianWorkingDaysToSend;
    body = (
      <>
        <dl className={styles.stats}>
          <div className={styles.stat}>
            <dt className={styles.label}>sent within {days}, all months</dt>
            <dd className={styles.number}>{overall === null ? '–' : `${String(overall)}%`}</dd>
          </div>
          <div className={styles.stat}>
            <dt className={styles.label}>median working days from incident to sending</dt>
            <dd className={styles.number}>
              {median === null ? '–' : median.toLocaleString('en-GB', { maximumFractionDigits: 1 })}
            </dd>
          </div>
        </dl>
        {bars.length === 0 ? (
          <p className={styles.muted}>No referrals have been sent yet.</p>
        ) : (
          <figure className={styles.figure}>
            <div>
              <figcaption id="chart-title" className={styles.caption}>
                Share sent within the deadline, by month
              </figcaption>
              <p id="chart-description" className={hidden.root}>
                {bars
                  .map(
                    (b) =>
                      `${b.label}: ${b.percent === null ? 'none sent' : `${String(b.percent)}% of ${String(b.sent)}`}`,
                  )
                  .join('; ')}
                .
              </p>
              <TimelinessChart bars={bars} titleId="chart-title" descriptionId="chart-description" />
            </div>
            <TimelinessTable bars={bars} />
          </figure>
        )}
      </>
    );
  }
  return (
    <Panel title="Timeliness" labelledBy="timeliness-heading">
      {body}
    </Panel>
  );
}
