import { sql, type Kysely, type Selectable, type Updateable } from 'kysely';
import { jobKinds } from '../../app/jobs/job-kinds.ts';
import {
  deliveryStates,
  type DeliveryChanges,
  type DeliveryRecord,
  type DeliveryRepository,
  type DeliveryState,
} from '../../app/ports/delivery-repository.ts';
import type { DeliveriesTable, Database } from './schema.ts';
import { fromDbTime, fromDbTimeOrNull, toDbTime, toDbTimeOrNull } from './time-values.ts';

function parseState(value: string): DeliveryState {
  const state = deliveryStates.find((s) => s === value);
  if (!state) throw new Error(`Stored delivery has an unknown state "${value}"`);
  return state;
}

function deliveryFromRow(row: Selectable<DeliveriesTable>): DeliveryRecord {
  return {
    tenantId: row.tenant_id,
    referralId: row.referral_id,
    state: parseState(row.state),
    messageId: row.message_id,
    internetMessageId: row.internet_message_id,
    run: row.run,
    attempts: row.attempts,
    sendRequestedAt: fromDbTimeOrNull(row.send_requested_at),
    sendAcceptedAt: fromDbTimeOrNull(row.send_accepted_at),
    lastError: row.last_error,
    createdAt: fromDbTime(row.created_at),
    updatedAt: fromDbTime(row.updated_at),
    sentAt: fromDbTimeOrNull(row.sent_at),
  };
}

function changesToRow(changes: DeliveryChanges): Updateable<DeliveriesTable> {
  const row: Updateable<DeliveriesTable> = { updated_at: toDbTime(changes.updatedAt) };
  if (changes.state !== undefined) row.state = changes.state;
  if (changes.messageId !== undefined) row.message_id = changes.messageId;
  if (changes.internetMessageId !== undefined) row.internet_message_id = changes.internetMessageId;
  if (changes.attempts !== undefined) row.attempts = changes.attempts;
  if (changes.sendRequestedAt !== undefined) row.send_requested_at = toDbTimeOrNull(changes.sendRequestedAt);
  if (changes.sendAcceptedAt !== undefined) row.send_accepted_at = toDbTimeOrNull(changes.sendAcceptedAt);
  if (changes.lastError !== undefined) row.last_error = changes.lastError;
  if (changes.sentAt !== undefined) row.sent_at = toDbTimeOrNull(changes.sentAt);
  return row;
}

export function createKyselyDeliveryRepository(db: Kysely<Database>): DeliveryRepository {
  const find = async (tenantId: string, referralId: string) => {
    const row = await db
      .selectFrom('deliveries')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('referral_id', '=', referralId)
      .executeTakeFirst();
    return row && deliveryFromRow(row);
  };

  return {
    find,

    async open(tenantId, referralId, now) {
      const at = toDbTime(now);
      await db
        .insertInto('deliveries')
        .values({
          referral_id: referralId,
          tenant_id: tenantId,
          state: 'creating',
          run: 0,
          attempts: 0,
          created_at: at,
          updated_at: at,
        })
        .onConflict((oc) => oc.column('referral_id').doNothing())
        .execute();
      const row = await find(tenantId, referralId);
      if (!row) throw new Error('delivery row missing after insert');
      return row;
    },

    async beginRun(tenantId, referralId, now) {
      const row = await db
        .updateTable('deliveries')
        .set((eb) => ({
          run: eb('run', '+', 1),
          attempts: eb('attempts', '+', 1),
          updated_at: toDbTime(now),
        }))
        .where('tenant_id', '=', tenantId)
        .where('referral_id', '=', referralId)
        .returningAll()
        .executeTakeFirst();
      return row && deliveryFromRow(row);
    },

    async updateIfRun(tenantId, referralId, run, changes) {
      const row = await db
        .updateTable('deliveries')
        .set(changesToRow(changes))
        .where('tenant_id', '=', tenantId)
        .where('referral_id', '=', referralId)
        .where('run', '=', run)
        .returningAll()
        .executeTakeFirst();
      return row && deliveryFromRow(row);
    },

    async listStalled(before, limit) {
      const rows = await db
        .selectFrom('referrals as r')
        .select(['r.tenant_id', 'r.id', 'r.version'])
        .where('r.state', 'in', ['approved', 'sending'])
        .where('r.updated_at', '<', toDbTime(before))
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('jobs as j')
                .select('j.id')
                .whereRef('j.tenant_id', '=', 'r.tenant_id')
                .where('j.kind', '=', jobKinds.deliverReferral)
                .where('j.state', 'in', ['pending', 'leased'])
                // Every delivery job's dedupe key starts with its referral's id.
                .where('j.dedupe_key', 'like', sql<string>`r.id || ':%'`),
            ),
          ),
        )
        .orderBy('r.updated_at')
        .limit(limit)
        .execute();
      return rows.map((row) => ({ tenantId: row.tenant_id, referralId: row.id, version: row.version }));
    },
  };
}
