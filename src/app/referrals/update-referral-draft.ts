import { AppError } from '../../domain/errors/index.ts';
import { parseReferralDraft } from '../../domain/referral/index.ts';
import { editableStates } from '../../domain/workflow/index.ts';
import type { Principal } from '../auth/principal.ts';
import { applyMergePatch } from './merge-patch.ts';
import { requireActor } from './referral-access.ts';
import { contentOf } from './referral-content.ts';
import { dueByOf } from './referral-deadline.ts';
import type { ReferralDeps } from './referral-deps.ts';
import { toView, type ReferralView } from './referral-view.ts';

export interface UpdateReferralDraftInput {
  readonly id: string;
  /** The version the person was editing (If-Match). */
  readonly expectedVersion: number;
  /** A JSON Merge Patch of the form. */
  readonly patch: unknown;
}

/**
 * Autosave: applies a partial change to the form, only on the version the person was editing.
 * A stale version is refused (VERSION_CONFLICT), never merged.
 */
export async function updateReferralDraft(
  deps: ReferralDeps,
  principal: Principal,
  { id, expectedVersion, patch }: UpdateReferralDraftInput,
): Promise<ReferralView> {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
    throw new AppError('VALIDATION_FAILED', 'The change must be a JSON object.', {
      fields: [{ path: '(body)', message: 'must be a JSON object' }],
    });
  }
  const now = deps.clock.now();
  const updated = await deps.store.transaction(async (tx) => {
    const record = requireActor(principal, await tx.referrals.findById(principal.tenantId, id), 'referrer');
    if (!editableStates.includes(record.state)) {
      throw new AppError('INVALID_TRANSITION', 'The referral can no longer be edited.', {
        details: { state: record.state },
      });
    }
    if (record.version !== expectedVersion) {
      throw new AppError('VERSION_CONFLICT', undefined, { details: { currentVersion: record.version } });
    }
    const content = contentOf(record);
    const parsed = parseReferralDraft(applyMergePatch(content.form, patch));
    if (!parsed.ok) throw new AppError('VALIDATION_FAILED', undefined, { fields: parsed.errors });
    const saved = await tx.referrals.updateIfVersion(principal.tenantId, id, expectedVersion, {
      content: { ...content, form: parsed.draft },
      agencyId: parsed.draft.referrer?.agencyId ?? '',
      dueBy: dueByOf(parsed.draft, deps.profile),
      updatedAt: now,
    });
    if (!saved) throw new AppError('VERSION_CONFLICT');
    await tx.audit.append({
      tenantId: principal.tenantId,
      at: now,
      actorId: principal.userId,
      action: 'referral.updated',
      referralId: id,
      details: { version: saved.version, sections: Object.keys(patch) },
    });
    return saved;
  });
  return toView(updated, principal, deps.profile, now);
}
