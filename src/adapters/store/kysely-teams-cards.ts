import type { Kysely } from 'kysely';
import type { TeamsCards } from '../teams/store/teams-store.ts';
import type { Database } from './schema.ts';
import { toDbTime } from './time-values.ts';

export function createKyselyTeamsCards(db: Kysely<Database>): TeamsCards {
  return {
    async listForReferral(tenantId, referralId) {
      const rows = await db
        .selectFrom('teams_cards')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('referral_id', '=', referralId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map((row) => ({
        id: row.id,
        tenantId: row.tenant_id,
        referralId: row.referral_id,
        userId: row.user_id,
        conversationId: row.conversation_id,
        serviceUrl: row.service_url,
        activityId: row.activity_id,
        renderedVersion: row.rendered_version,
      }));
    },

    async add(card, now) {
      await db
        .insertInto('teams_cards')
        .values({
          id: card.id,
          tenant_id: card.tenantId,
          referral_id: card.referralId,
          user_id: card.userId,
          conversation_id: card.conversationId,
          service_url: card.serviceUrl,
          activity_id: card.activityId,
          rendered_version: card.renderedVersion,
          created_at: toDbTime(now),
          updated_at: toDbTime(now),
        })
        .onConflict((oc) => oc.columns(['tenant_id', 'conversation_id', 'activity_id']).doNothing())
        .execute();
    },

    async markRendered(id, version, now) {
      await db
        .updateTable('teams_cards')
        .set({ rendered_version: version, updated_at: toDbTime(now) })
        .where('id', '=', id)
        .where('rendered_version', '<', version)
        .execute();
    },

    async remove(id) {
      await db.deleteFrom('teams_cards').where('id', '=', id).execute();
    },
  };
}
