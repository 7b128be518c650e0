import { Suspense, useEffect, useState } from 'react';
import { lazyComponent } from '../components/lazy-component.tsx';
import type { ReferralView } from '../api/api-types.ts';
import { problemMessage } from '../api/api-error.ts';
import { ErrorPanel } from '../shell/error-panel.tsx';
import { LoadingSkeleton } from '../shell/loading-skeleton.tsx';
import { PageHeading } from '../shell/page-heading.tsx';
import { useReadySignal } from '../workspace/ready-signal.ts';
import { useProfile } from '../workspace/use-profile.ts';
import { useWorkspace } from '../workspace/workspace-context.ts';
import { ReferralHeader } from './referral-header.tsx';
import { ChangeNotice } from './change-notice.tsx';

// The form (with the domain's zod schema) and the read-only review are separate chunks: a PRSG member never
// downloads the form, a referrer drafting never downloads the review.
const editor = lazyComponent(() =>
  import(/* webpackChunkName: "referral-form" */ './referral-editor.tsx').then((m) => m.ReferralEditor),
);
const review = lazyComponent(() =>
  import(/* webpackChunkName: "review" */ '../review/referral-review.tsx').then((m) => m.ReferralReview),
);
const ReferralEditor = editor.Component;
const ReferralReview = review.Component;

/** One referral: the form while its owner may edit it, otherwise the read-only view with the actions on offer. */
export function ReferralScreen({ id }: { id: string }) {
  const { api } = useWorkspace();
  const { profile, error: profileError } = useProfile();
  const [view, setView] = useState<ReferralView>();
  const [error, setError] = useState<unknown>();
  const [attempt, setAttempt] = useState(0);
  const [changedState, setChangedState] = useState<string>();

  useEffect(() => {
    let current = true;
    setError(undefined);
    api.get<ReferralView>(`/api/referrals/${id}`).then(
      (answer) => current && setView(answer),
      (e: unknown) => current && setError(e),
    );
    return () => {
      current = false;
    };
  }, [api, id, attempt]);
  useReadySignal(view !== undefined && profile !== undefined);

  const failure = error ?? profileError;
  if (failure !== undefined) {
    return (
      <>
        <PageHeading>Referral</PageHeading>
        <ErrorPanel
          title="The referral could not be opened"
          message={problemMessage(failure)}
          onRetry={() => setAttempt((n) => n + 1)}
        />
      </>
    );
  }
  if (!view || !profile) return <LoadingSkeleton />;

  const onViewChange = (next: ReferralView) => {
    if (next.state !== view.state) setChangedState(next.state);
    setView(next);
  };
  const editable = view.capabilities.includes('edit');
  return (
    <>
      <ReferralHeader view={view} profile={profile} />
      {changedState && <ChangeNotice state={changedState} qaRoleName={profile.qaRoleName} />}
      <Suspense fallback={<LoadingSkeleton />}>
        {editable ? (
          <ReferralEditor view={view} profile={profile} onViewChange={onViewChange} />
        ) : (
          <ReferralReview view={view} profile={profile} onViewChange={onViewChange} />
        )}
      </Suspense>
    </>
  );
}
