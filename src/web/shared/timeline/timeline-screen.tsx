import { useState } from 'react';
import { Link, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import type { HistoryEvent, ReferralView } from '../api/api-types.ts';
import { problemMessage } from '../api/api-error.ts';
import { DeadlineText } from '../home/deadline-text.tsx';
import { StateBadge } from '../home/state-badge.tsx';
import { formatLongDate } from '../format/dates.ts';
import { routeHref } from '../routing/routes.ts';
import { ErrorPanel } from '../shell/error-panel.tsx';
import { LoadingSkeleton } from '../shell/loading-skeleton.tsx';
import { PageHeading, focusNextHeading } from '../shell/page-heading.tsx';
import { Panel } from '../shell/panel.tsx';
import { useReadySignal } from '../workspace/ready-signal.ts';
import { useApiResource } from '../workspace/use-api-resource.ts';
import { useProfile } from '../workspace/use-profile.ts';
import { HistoryList } from './history-list.tsx';
import { PartnershipSteps } from './partnership-steps.tsx';

const useStyles = makeStyles({
  back: {
    display: 'inline-flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    alignSelf: 'flex-start',
    minHeight: '24px',
  },
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 22rem',
    columnGap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalL,
    alignItems: 'start',
    '@media (max-width: 960px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  aside: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  facts: { margin: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  fact: { display: 'flex', flexDirection: 'column', rowGap: '2px' },
  term: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  value: { margin: 0 },
});

/** Where a referral has been: its audit trail in plain words, the deadline, and what the partnership does next. */
export function TimelineScreen({ id }: { id: string }) {
  const styles = useStyles();
  const { profile } = useProfile();
  const view = useApiResource<ReferralView>(`/api/referrals/${id}`);
  const history = useApiResource<{ events: HistoryEvent[] }>(`/api/referrals/${id}/history`);
  const [showViews, setShowViews] = useState(false);
  const failure = view.error ?? history.error;
  useReadySignal(
    failure !== undefined || (view.data !== undefined && history.data !== undefined && profile !== undefined),
  );

  if (failure !== undefined) {
    return (
      <>
        <PageHeading>Timeline</PageHeading>
        <ErrorPanel
          title="The timeline could not be shown"
          message={problemMessage(failure)}
          onRetry={() => {
            view.reload();
            history.reload();
          }}
        />
      </>
    );
  }
  if (!view.data || !history.data || !profile) return <LoadingSkeleton />;
  const referral = view.data;
  return (
    <>
      <Link className={styles.back} href={routeHref({ screen: 'referral', id })} onClick={focusNextHeading}>
        <ArrowLeftRegular aria-hidden />
        Referral {referral.reference}
      </Link>
      <PageHeading hint="Every step of this referral, newest first. Every opening and change is recorded.">
        Timeline of {referral.reference}
      </PageHeading>
      <div className={styles.layout}>
        <Panel title="What happened" labelledBy="history-heading">
          <Switch
            checked={showViews}
            onChange={(_e, data) => setShowViews(data.checked)}
            label="Also show each time it was opened"
          />
          <HistoryList events={history.data.events} showViews={showViews} profile={profile} view={referral} />
        </Panel>
        <div className={styles.aside}>
          <Panel title="Deadline" labelledBy="deadline-heading">
            <dl className={styles.facts}>
              <div className={styles.fact}>
                <dt className={styles.term}>State</dt>
                <dd className={styles.value}>
                  <StateBadge state={referral.state} qaRoleName={profile.qaRoleName} />
                </dd>
              </div>
              <div className={styles.fact}>
                <dt className={styles.term}>Due</dt>
                <dd className={styles.value}>
                  {referral.dueBy ? formatLongDate(referral.dueBy) : 'Set once the incident date is given'}
                </dd>
              </div>
              {referral.dueBy && referral.state !== 'sent' && (
                <div className={styles.fact}>
                  <dt className={styles.term}>Time left</dt>
                  <dd className={styles.value}>
                    <DeadlineText
                      showDate={false}
                      dueBy={referral.dueBy}
                      daysLeft={referral.daysLeft}
                      dayKind={profile.deadline.dayKind}
                    />
                  </dd>
                </div>
              )}
            </dl>
          </Panel>
          <PartnershipSteps profile={profile} view={referral} />
        </div>
      </div>
    </>
  );
}
