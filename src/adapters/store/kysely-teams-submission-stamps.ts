import type { Kysely } from 'kysely';
import type { SubmissionStamps } from '../../app/notifications/submission-stamps.ts';
import { referralStates, type ReferralState } from '../../domain/workflow/index.ts';
import type { Database } from './schema.ts';
import { fromDbTimeOrNull } from './time-values.ts';

const isState = (value: string): value is ReferralState =>
  (referralStates as readonly string[]).includes(value);

export function createKyselyTeamsSubmissionStamps(db: Kysely<Database>): SubmissionStamps {
  return {
    async find(tenantId, id) {
      const row = await db
        .selectFrom('referrals')
        .select(['tenant_id', 'state', 'owner_id', 'reviewer_id', 'submitted_at'])
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row || !isState(row.state)) return undefined;
      return {
        tenantId: row.tenant_id,
        state: row.state,
        ownerId: row.owner_id,
        reviewerId: row.reviewer_id,
        submittedAt: fromDbTimeOrNull(row.submitted_at),
      };
    },
  };
}
