import { z } from 'zod';
import { outcomes } from '../../domain/criteria/outcomes.ts';
import { reasonCodes } from '../../domain/criteria/reason-codes.ts';
import {
  qaDecisionKinds,
  referralDraftSchema,
  type QaDecision,
  type ReferralDraft,
} from '../../domain/referral/index.ts';
import type { ReferralRecord } from '../ports/referral-repository.ts';

const qaDecisionSchema = z.strictObject({
  decision: z.enum(qaDecisionKinds),
  reviewerId: z.string(),
  reviewerName: z.string(),
  at: z.iso.datetime(),
  comments: z.string().optional(),
});

/** What is encrypted in a referral's content column: the form, the QA record and the check it came from. */
const referralContentSchema = z.strictObject({
  form: referralDraftSchema,
  qaDecisions: z.array(qaDecisionSchema),
  assessment: z.strictObject({ outcome: z.enum(outcomes), reasons: z.array(z.enum(reasonCodes)) }).optional(),
});

export interface ReferralContent {
  readonly form: ReferralDraft;
  readonly qaDecisions: readonly QaDecision[];
  readonly assessment?: { readonly outcome: (typeof outcomes)[number]; readonly reasons: readonly string[] };
}

/** The decrypted content of a stored referral. Anything else is corruption, not user error. */
export function contentOf(record: ReferralRecord): ReferralContent {
  const parsed = referralContentSchema.safeParse(record.content);
  if (!parsed.success) throw new Error(`stored content of referral ${record.id} does not match its schema`);
  return parsed.data;
}
