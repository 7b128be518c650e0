import type { Reviewer, ReviewerDirectory } from '../../app/ports/reviewer-directory.ts';
import type { PartnershipProfile } from '../../config/profile/profile-schema.ts';

/**
 * PRSG members from the partnership profile (set by the agency admin), plus any extra reviewers
 * (the sample reviewers in dev mode). One deployment serves one agency tenant, so the list is the
 * same for every tenant id it allows.
 */
export function createProfileReviewerDirectory(
  profile: PartnershipProfile,
  extraReviewers: readonly Reviewer[] = [],
): ReviewerDirectory {
  const reviewers: readonly Reviewer[] = [
    ...profile.prsgMembers.map((m) => ({
      userId: m.objectId,
      displayName: m.name,
      email: m.email,
      agencyId: m.agencyId,
    })),
    ...extraReviewers,
  ];
  return {
    findReviewer: (_tenantId, userId) => Promise.resolve(reviewers.find((r) => r.userId === userId)),
    listReviewers: (_tenantId, agencyId) =>
      Promise.resolve(reviewers.filter((r) => agencyId === undefined || r.agencyId === agencyId)),
  };
}
