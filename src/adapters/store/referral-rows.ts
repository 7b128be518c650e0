import type { Selectable } from 'kysely';
import { referralStates, type ReferralState } from '../../domain/workflow/index.ts';
import type { ReferralRecord } from '../../app/ports/referral-repository.ts';
import type { ContentCipher } from './content-cipher.ts';
import type { ReferralsTable } from './schema.ts';
import { fromDbTime, fromDbTimeOrNull } from './time-values.ts';

/** Binds a referral's ciphertext to its tenant and id, so a blob copied to another row fails to decrypt. */
export function referralAad(tenantId: string, id: string): string {
  return `referral:${JSON.stringify([tenantId, id])}`;
}

function parseState(value: string): ReferralState {
  const state = referralStates.find((s) => s === value);
  if (!state) throw new Error(`Stored referral has an unknown state "${value}"`);
  return state;
}

export function referralFromRow(row: Selectable<ReferralsTable>, cipher: ContentCipher): ReferralRecord {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    reference: row.reference,
    state: parseState(row.state),
    version: row.version,
    ownerId: row.owner_id,
    agencyId: row.agency_id,
    reviewerId: row.reviewer_id,
    dueBy: row.due_by,
    createdAt: fromDbTime(row.created_at),
    updatedAt: fromDbTime(row.updated_at),
    submittedAt: fromDbTimeOrNull(row.submitted_at),
    decidedAt: fromDbTimeOrNull(row.decided_at),
    sentAt: fromDbTimeOrNull(row.sent_at),
    content: cipher.decrypt(row.key_id, row.content, referralAad(row.tenant_id, row.id)),
  };
}
