import type { ReferralState } from '../../domain/workflow/index.ts';

/** Where a referral stands and which submission it is on: clear columns only, nothing decrypted. */
export interface SubmissionStamp {
  readonly tenantId: string;
  readonly state: ReferralState;
  readonly ownerId: string;
  readonly reviewerId: string | null;
  readonly submittedAt: Date | null;
}

export interface SubmissionStamps {
  find(tenantId: string, id: string): Promise<SubmissionStamp | undefined>;
}
