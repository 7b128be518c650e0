import type { ReferralState } from '../../domain/workflow/index.ts';

/** An open referral with a due date: ids and dates only, nothing decrypted. */
export interface ReminderCandidate {
  readonly tenantId: string;
  readonly id: string;
  readonly state: ReferralState;
  /** YYYY-MM-DD */
  readonly dueBy: string;
}

/** Open referrals by due date, across tenants, in pages ordered by (tenantId, id). */
export interface ReminderCandidates {
  list(request: {
    readonly states: readonly ReferralState[];
    readonly dueOnOrBefore: string;
    readonly after?: { readonly tenantId: string; readonly id: string };
    readonly limit: number;
  }): Promise<ReminderCandidate[]>;
}
