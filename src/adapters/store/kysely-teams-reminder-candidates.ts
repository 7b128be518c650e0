import type { Kysely } from 'kysely';
import type { ReminderCandidates } from '../../app/notifications/reminder-candidates.ts';
import { referralStates, type ReferralState } from '../../domain/workflow/index.ts';
import type { Database } from './schema.ts';

const isState = (value: string): value is ReferralState =>
  (referralStates as readonly string[]).includes(value);

export function createKyselyTeamsReminderCandidates(db: Kysely<Database>): ReminderCandidates {
  return {
    async list({ states, dueOnOrBefore, after, limit }) {
      if (states.length === 0) return [];
      const rows = await db
        .selectFrom('referrals')
        .select(['tenant_id', 'id', 'state', 'due_by'])
        .where('state', 'in', states)
        .where('due_by', 'is not', null)
        .where('due_by', '<=', dueOnOrBefore)
        .$if(after !== undefined, (q) =>
          q.where((eb) =>
            eb.or([
              eb('tenant_id', '>', after?.tenantId ?? ''),
              eb.and([eb('tenant_id', '=', after?.tenantId ?? ''), eb('id', '>', after?.id ?? '')]),
            ]),
          ),
        )
        .orderBy('tenant_id')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.flatMap((row) =>
        row.due_by && isState(row.state)
          ? [{ tenantId: row.tenant_id, id: row.id, state: row.state, dueBy: row.due_by }]
          : [],
      );
    },
  };
}
