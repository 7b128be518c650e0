import type { Kysely } from 'kysely';
import type { TeamsCardActions } from '../teams/store/teams-store.ts';
import type { Database } from './schema.ts';
import { fromDbTime, toDbTime } from './time-values.ts';

export function createKyselyTeamsCardActions(db: Kysely<Database>): TeamsCardActions {
  const row = (tenantId: string, userId: string, actionKey: string) =>
    db
      .selectFrom('teams_card_actions')
      .select(['referral_id', 'created_at'])
      .where('tenant_id', '=', tenantId)
      .where('user_id', '=', userId)
      .where('action_key', '=', actionKey);

  return {
    async claim(tenantId, userId, actionKey, now) {
      const inserted = await db
        .insertInto('teams_card_actions')
        .values({
          tenant_id: tenantId,
          user_id: userId,
          action_key: actionKey,
          referral_id: null,
          created_at: toDbTime(now),
        })
        .onConflict((oc) => oc.columns(['tenant_id', 'user_id', 'action_key']).doNothing())
        .returning('action_key')
        .executeTakeFirst();
      if (inserted) return { claimed: true };
      const existing = await row(tenantId, userId, actionKey).executeTakeFirstOrThrow();
      return { claimed: false, referralId: existing.referral_id, createdAt: fromDbTime(existing.created_at) };
    },

    async complete(tenantId, userId, actionKey, referralId) {
      await db
        .updateTable('teams_card_actions')
        .set({ referral_id: referralId })
        .where('tenant_id', '=', tenantId)
        .where('user_id', '=', userId)
        .where('action_key', '=', actionKey)
        .execute();
    },

    async release(tenantId, userId, actionKey) {
      await db
        .deleteFrom('teams_card_actions')
        .where('tenant_id', '=', tenantId)
        .where('user_id', '=', userId)
        .where('action_key', '=', actionKey)
        .where('referral_id', 'is', null)
        .execute();
    },
  };
}
