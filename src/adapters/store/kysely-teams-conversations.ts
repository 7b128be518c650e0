import type { Kysely } from 'kysely';
import type { TeamsConversations } from '../teams/store/teams-store.ts';
import type { Database } from './schema.ts';
import { toDbTime } from './time-values.ts';

export function createKyselyTeamsConversations(db: Kysely<Database>): TeamsConversations {
  return {
    async find(tenantId, userId) {
      const row = await db
        .selectFrom('teams_conversations')
        .select(['conversation_id', 'service_url'])
        .where('tenant_id', '=', tenantId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row && { tenantId, userId, conversationId: row.conversation_id, serviceUrl: row.service_url };
    },

    async save(ref, now) {
      await db
        .insertInto('teams_conversations')
        .values({
          tenant_id: ref.tenantId,
          user_id: ref.userId,
          conversation_id: ref.conversationId,
          service_url: ref.serviceUrl,
          updated_at: toDbTime(now),
        })
        .onConflict((oc) =>
          oc.columns(['tenant_id', 'user_id']).doUpdateSet({
            conversation_id: ref.conversationId,
            service_url: ref.serviceUrl,
            updated_at: toDbTime(now),
          }),
        )
        .execute();
    },

    async forget(tenantId, userId, conversationId) {
      await db
        .deleteFrom('teams_conversations')
        .where('tenant_id', '=', tenantId)
        .where('user_id', '=', userId)
        .where('conversation_id', '=', conversationId)
        .execute();
    },
  };
}
