import type { ReferralList, Timeliness } from '../api/api-types.ts';
import { problemMessage } from '../api/api-error.ts';
import { ReferralListPanel } from '../home/referral-list-panel.tsx';
import { ErrorPanel } from '../shell/error-panel.tsx';
import { LoadingSkeleton } from '../shell/loading-skeleton.tsx';
import { PageHeading } from '../shell/page-heading.tsx';
import { useReadySignal } from '../workspace/ready-signal.ts';
import { useApiResource } from '../workspace/use-api-resource.ts';
import { useProfile } from '../workspace/use-profile.ts';
import { hasRole, useWorkspace } from '../workspace/workspace-context.ts';
import { TimelinessPanel } from './timeliness-panel.tsx';

/** The business unit's view: referrals that reached the partnership, and how many arrived in time. */
export function PartnershipScreen() {
  const { me } = useWorkspace();
  const allowed = hasRole(me, 'partnership');
  const { profile, error } = useProfile();
  const sent = useApiResource<ReferralList>(allowed ? '/api/referrals?view=partnership' : null);
  const timeliness = useApiResource<Timeliness>(allowed ? '/api/partnership/timeliness' : null);
  useReadySignal(!allowed || error !== undefined || (profile !== undefined && !sent.loading));

  if (!allowed) {
    return (
      <>
        <PageHeading>Partnership view</PageHeading>
        <p>This view is for the partnership business unit.</p>
      </>
    );
  }
  if (error !== undefined)
    return <ErrorPanel title="The partnership view could not be loaded" message={problemMessage(error)} />;
  if (!profile) return <LoadingSkeleton />;
  return (
    <>
      <PageHeading
        hint={`Referrals that reached ${profile.shortName}, and how many arrived within the deadline.`}
      >
        Partnership view
      </PageHeading>
      <TimelinessPanel resource={timeliness} profile={profile} />
      <ReferralListPanel
        title="Referrals received"
        id="received"
        resource={sent}
        kind="partnership"
        empty="No referrals have been sent to the partnership yet."
      />
    </>
  );
}
