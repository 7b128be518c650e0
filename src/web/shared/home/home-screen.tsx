import { Button, Link, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, ClipboardTaskListLtrRegular } from '@fluentui/react-icons';
import type { ReferralList } from '../api/api-types.ts';
import { navigate } from '../routing/hash-router.ts';
import { routeHref } from '../routing/routes.ts';
import { LazyErrorPanel as ErrorPanel } from '../shell/lazy-error-panel.tsx';
import { PageHeading, focusNextHeading } from '../shell/page-heading.tsx';
import { Panel } from '../shell/panel.tsx';
import { useReadySignal } from '../workspace/ready-signal.ts';
import { useApiResource } from '../workspace/use-api-resource.ts';
import { useStartReferral } from '../workspace/use-start-referral.ts';
import { hasRole, useWorkspace } from '../workspace/workspace-context.ts';
import { problemMessage } from '../api/api-error.ts';
import { ReferralListPanel } from './referral-list-panel.tsx';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** Landing screen: start a check or a referral, my referrals with their deadlines, and those to review. */
export function HomeScreen() {
  const styles = useStyles();
  const { me } = useWorkspace();
  const isReviewer = hasRole(me, 'reviewer');
  const mine = useApiResource<ReferralList>('/api/referrals?view=mine');
  const review = useApiResource<ReferralList>(isReviewer ? '/api/referrals?view=review' : null);
  const { start, busy, error } = useStartReferral();
  useReadySignal(!mine.loading && (!isReviewer || !review.loading));

  return (
    <>
      <PageHeading
        hint={`Check a case, draft a referral to ${me.partnership.shortName} and follow it until it arrives.`}
      >
        Your referrals
      </PageHeading>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={<ClipboardTaskListLtrRegular />}
          onClick={() => {
            focusNextHeading();
            navigate({ screen: 'check' });
          }}
        >
          Check a case
        </Button>
        <Button icon={<AddRegular />} disabled={busy} onClick={() => void start()}>
          {busy ? 'Starting…' : 'Start a referral without a check'}
        </Button>
        {error && (
          <span role="alert" className={styles.error}>
            {error}
          </span>
        )}
      </div>
      {isReviewer && (
        <ReferralListPanel
          title={`To review as ${me.partnership.qaRoleName}`}
          id="to-review"
          resource={review}
          kind="review"
          empty="Nothing is waiting for your review."
        />
      )}
      <ReferralListPanel
        title="My referrals"
        id="my-referrals"
        resource={mine}
        kind="mine"
        empty={
          <>
            You have no referrals yet. <Link href={routeHref({ screen: 'check' })}>Check a case</Link> to see
            whether it should be referred.
          </>
        }
      />
      {hasRole(me, 'partnership') && (
        <Panel title="Partnership business unit" labelledBy="bu-heading">
          <p>
            See the referrals sent to {me.partnership.shortName} and how many arrived on time in the{' '}
            <Link href={routeHref({ screen: 'partnership' })}>partnership view</Link>.
          </p>
        </Panel>
      )}
      {mine.error !== undefined && !mine.loading && (
        <ErrorPanel
          title="Your referrals could not be loaded"
          message={problemMessage(mine.error)}
          onRetry={mine.reload}
        />
      )}
    </>
  );
}
