import type { PartnershipProfile } from '../../config/profile/profile-schema.ts';
import type { Clock } from '../clock.ts';
import type { ReviewerDirectory } from '../ports/reviewer-directory.ts';
import type { Store } from '../ports/store.ts';

/** What every referral use case needs, built once by the composition root. */
export interface ReferralDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly profile: PartnershipProfile;
  readonly directory: ReviewerDirectory;
}
