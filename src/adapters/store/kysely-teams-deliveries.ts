import type { Kysely, Selectable } from 'kysely';
import type { DeliveryRecord, TeamsDeliveries } from '../teams/store/teams-store.ts';
import type { Database, TeamsDeliveriesTable } from './schema.ts';
import { toDbTime } from './time-values.ts';

const recordOf = (row: Pick<Selectable<TeamsDeliveriesTable>, 'state' | 'activity_id' | 'attempts'>) =>
  ({ state: row.state, activityId: row.activity_id, attempts: row.attempts }) satisfies DeliveryRecord;

export function createKyselyTeamsDeliveries(db: Kysely<Database>): TeamsDeliveries {
  return {
    async find({ tenantId, key }) {
      const row = await db
        .selectFrom('teams_deliveries')
        .select(['state', 'activity_id', 'attempts'])
        .where('tenant_id', '=', tenantId)
        .where('delivery_key', '=', key)
        .executeTakeFirst();
      return row && recordOf(row);
    },

    async begin({ tenantId, key }, about, now) {
      const row = await db
        .insertInto('teams_deliveries')
        .values({
          tenant_id: tenantId,
          delivery_key: key,
          referral_id: about.referralId,
          user_id: about.userId,
          state: 'sending',
          activity_id: null,
          attempts: 1,
          created_at: toDbTime(now),
          updated_at: toDbTime(now),
        })
        .onConflict((oc) =>
          oc
            .columns(['tenant_id', 'delivery_key'])
            .doUpdateSet((eb) => ({
              attempts: eb('teams_deliveries.attempts', '+', 1),
              updated_at: toDbTime(now),
            }))
            .where('teams_deliveries.state', '=', 'sending'),
        )
        .returning(['state', 'activity_id', 'attempts'])
        .executeTakeFirst();
      return row && recordOf(row);
    },

    async markSent({ tenantId, key }, activityId, now) {
      await db
        .updateTable('teams_deliveries')
        .set({ state: 'sent', activity_id: activityId, updated_at: toDbTime(now) })
        .where('tenant_id', '=', tenantId)
        .where('delivery_key', '=', key)
        .execute();
    },

    async markUndeliverable({ tenantId, key }, about, now) {
      await db
        .insertInto('teams_deliveries')
        .values({
          tenant_id: tenantId,
          delivery_key: key,
          referral_id: about.referralId,
          user_id: about.userId,
          state: 'undeliverable',
          activity_id: null,
          attempts: 0,
          created_at: toDbTime(now),
          updated_at: toDbTime(now),
        })
        .onConflict((oc) =>
          oc
            .columns(['tenant_id', 'delivery_key'])
            .doUpdateSet({ state: 'undeliverable', updated_at: toDbTime(now) })
            .where('teams_deliveries.state', '=', 'sending'),
        )
        .execute();
    },

    async abandon({ tenantId, key }) {
      await db
        .deleteFrom('teams_deliveries')
        .where('tenant_id', '=', tenantId)
        .where('delivery_key', '=', key)
        .where('state', '=', 'sending')
        .execute();
    },
  };
}
