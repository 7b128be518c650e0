import type { ReferralDraft } from './draft/referral-draft-schema.ts';
import type { Referral } from './referral.ts';

/**
 * A complete referral seen as a draft (to store it where drafts are stored). Every Referral is a valid
 * draft — a property test parses checked referrals back as drafts — the types differ only in readonly.
 */
export const referralAsDraft = (referral: Referral): ReferralDraft => referral as unknown as ReferralDraft;
