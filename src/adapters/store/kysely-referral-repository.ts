import type { Kysely, SelectQueryBuilder, Selectable, Updateable } from 'kysely';
import type {
  NewReferral,
  ReferralChanges,
  ReferralListOptions,
  ReferralRecord,
  ReferralRepository,
} from '../../app/ports/referral-repository.ts';
import type { ReferralState } from '../../domain/workflow/index.ts';
import type { ContentCipher } from './content-cipher.ts';
import { referralAad, referralFromRow } from './referral-rows.ts';
import type { Database, ReferralsTable } from './schema.ts';
import { fromDbTime, toDbTime, toDbTimeOrNull } from './time-values.ts';

type ReferralQuery = SelectQueryBuilder<Database, 'referrals', Selectable<ReferralsTable>>;

const defaultListLimit = 200;

function changesToRow(tenantId: string, id: string, changes: ReferralChanges, cipher: ContentCipher) {
  const row: Updateable<ReferralsTable> = { updated_at: toDbTime(changes.updatedAt) };
  if (changes.state !== undefined) row.state = changes.state;
  if (changes.agencyId !== undefined) row.agency_id = changes.agencyId;
  if (changes.reviewerId !== undefined) row.reviewer_id = changes.reviewerId;
  if (changes.dueBy !== undefined) row.due_by = changes.dueBy;
  if (changes.submittedAt !== undefined) row.submitted_at = toDbTimeOrNull(changes.submittedAt);
  if (changes.decidedAt !== undefined) row.decided_at = toDbTimeOrNull(changes.decidedAt);
  if (changes.sentAt !== undefined) row.sent_at = toDbTimeOrNull(changes.sentAt);
  if ('content' in changes) {
    const { keyId, blob } = cipher.encrypt(changes.content, referralAad(tenantId, id));
    row.key_id = keyId;
    row.content = blob;
  }
  return row;
}

export function createKyselyReferralRepository(
  db: Kysely<Database>,
  cipher: ContentCipher,
): ReferralRepository {
  const select = (tenantId: string): ReferralQuery =>
    db.selectFrom('referrals').selectAll().where('tenant_id', '=', tenantId);

  const list = async (query: ReferralQuery, options: ReferralListOptions | undefined) => {
    const rows = await query
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(options?.limit ?? defaultListLimit)
      .execute();
    return rows.map((row) => referralFromRow(row, cipher));
  };

  return {
    async insert(referral: NewReferral): Promise<ReferralRecord> {
      const { keyId, blob } = cipher.encrypt(referral.content, referralAad(referral.tenantId, referral.id));
      await db
        .insertInto('referrals')
        .values({
          id: referral.id,
          tenant_id: referral.tenantId,
          reference: referral.reference,
          state: referral.state,
          version: 1,
          owner_id: referral.ownerId,
          agency_id: referral.agencyId,
          reviewer_id: referral.reviewerId,
          due_by: referral.dueBy,
          created_at: toDbTime(referral.createdAt),
          updated_at: toDbTime(referral.updatedAt),
          submitted_at: toDbTimeOrNull(referral.submittedAt),
          decided_at: toDbTimeOrNull(referral.decidedAt),
          sent_at: toDbTimeOrNull(referral.sentAt),
          key_id: keyId,
          content: blob,
        })
        .execute();
      return { ...referral, version: 1 };
    },

    async findById(tenantId, id) {
      const row = await select(tenantId).where('id', '=', id).executeTakeFirst();
      return row && referralFromRow(row, cipher);
    },

    listByOwner: (tenantId, ownerId, options) =>
      list(select(tenantId).where('owner_id', '=', ownerId), options),

    listByReviewer: (tenantId, reviewerId, options) =>
      list(select(tenantId).where('reviewer_id', '=', reviewerId), options),

    async listByStates(tenantId, states: readonly ReferralState[], options) {
      if (states.length === 0) return [];
      return list(select(tenantId).where('state', 'in', states), options);
    },

    async updateIfVersion(tenantId, id, expectedVersion, changes) {
      const row = await db
        .updateTable('referrals')
        .set(changesToRow(tenantId, id, changes, cipher))
        .set((eb) => ({ version: eb('version', '+', 1) }))
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .where('version', '=', expectedVersion)
        .returningAll()
        .executeTakeFirst();
      return row && referralFromRow(row, cipher);
    },

    async listForRetention(states, updatedBefore, limit) {
      if (states.length === 0) return [];
      const rows = await db
        .selectFrom('referrals')
        .select(['tenant_id', 'id', 'reference', 'state', 'updated_at'])
        .where('state', 'in', states)
        .where('updated_at', '<', toDbTime(updatedBefore))
        .orderBy('updated_at')
        .limit(limit)
        .execute();
      return rows.map((row) => ({
        tenantId: row.tenant_id,
        id: row.id,
        reference: row.reference,
        state: row.state as ReferralState,
        updatedAt: fromDbTime(row.updated_at),
      }));
    },

    async delete(tenantId, id) {
      const result = await db
        .deleteFrom('referrals')
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}
