import type { IAdaptiveCard } from '@microsoft/teams.cards';
import { z } from 'zod';
import { decideFromCard, type CardDecision } from '../../../app/notifications/decide-from-card.ts';
import { viewReferralCard } from '../../../app/notifications/view-referral-card.ts';
import {
  approveReferralInputSchema,
  declineReferralInputSchema,
  returnReferralInputSchema,
} from '../../../app/referrals/decide-referral.ts';
import { AppError, isAppError } from '../../../domain/errors/index.ts';
import { cardErrorMessages } from '../cards/error-messages.ts';
import { referralCard, type ReferralCardOptions } from '../cards/referral-card.ts';
import type { VerbHandler, VerbInput } from './verb-input.ts';

const referralData = z.object({ referralId: z.uuid() });
const decisionData = referralData.extend({ submittedAt: z.iso.datetime() });

async function currentCard(
  input: VerbInput,
  referralId: string,
  options: ReferralCardOptions = {},
): Promise<IAdaptiveCard> {
  const facts = await viewReferralCard(
    { ...input.deps.referrals, cardViews: input.deps.cardViews },
    input.principal,
    referralId,
  );
  if (input.replyToId) await input.deps.chats.trackCard(input.chat, input.replyToId, facts.id, facts.version);
  return referralCard(facts, input.principal.userId, input.deps.cards, options);
}

/** Teams asks for the card as it is now whenever someone looks at it. */
export const refresh: VerbHandler = (input) => {
  const parsed = referralData.safeParse(input.data);
  if (!parsed.success) throw new AppError('MALFORMED_JSON');
  return currentCard(input, parsed.data.referralId);
};

interface DecisionSpec {
  readonly decision: CardDecision;
  /** The input on the card that carries the comments or reason. */
  readonly inputId: string;
  readonly validate: (text: string | undefined) => { ok: true; text: string | undefined } | { ok: false };
  readonly missing: string;
  readonly done: string;
}

const validator =
  (schema: z.ZodType<Record<string, string | undefined>>, field: 'comments' | 'reason') =>
  (text: string | undefined) => {
    const parsed = schema.safeParse(text === undefined || text.trim() === '' ? {} : { [field]: text });
    return parsed.success ? ({ ok: true, text: parsed.data[field] } as const) : ({ ok: false } as const);
  };

const specs: Readonly<Record<CardDecision, DecisionSpec>> = {
  approve: {
    decision: 'approve',
    inputId: 'approveComments',
    validate: validator(approveReferralInputSchema, 'comments'),
    missing: 'Comments can be at most 2,000 characters.',
    done: 'You approved this referral. It is being sent to the partnership.',
  },
  return: {
    decision: 'return',
    inputId: 'returnComments',
    validate: validator(returnReferralInputSchema, 'comments'),
    missing: 'Say what needs to change before you return it.',
    done: 'You returned this referral to the referrer with your comments.',
  },
  decline: {
    decision: 'decline',
    inputId: 'declineReason',
    validate: validator(declineReferralInputSchema, 'reason'),
    missing: 'Give the reason before you decline it.',
    done: 'You declined this referral. The referrer has been told why.',
  },
};

/**
 * A PRSG member's decision from the approval card. The use case checks who may decide; a repeat of
 * a decision that took effect answers the same card; a decision that lost a race, or a card that is
 * out of date, changes nothing and shows the referral as it is now.
 */
const decide =
  (spec: DecisionSpec): VerbHandler =>
  async (input) => {
    const parsed = decisionData.safeParse(input.data);
    if (!parsed.success) throw new AppError('MALFORMED_JSON');
    const { referralId, submittedAt } = parsed.data;
    const raw = input.data[spec.inputId];
    const text = spec.validate(typeof raw === 'string' ? raw : undefined);
    if (!text.ok) return currentCard(input, referralId, { banner: spec.missing, bannerIsWarning: true });
    try {
      const facts = await decideFromCard(
        input.deps.referrals,
        input.principal,
        referralId,
        spec.decision,
        text.text,
        submittedAt,
      );
      if (input.replyToId)
        await input.deps.chats.trackCard(input.chat, input.replyToId, facts.id, facts.version);
      return referralCard(facts, input.principal.userId, input.deps.cards, { banner: spec.done });
    } catch (error) {
      if (isAppError(error) && error.code === 'INVALID_TRANSITION') {
        return currentCard(input, referralId, {
          banner: cardErrorMessages.INVALID_TRANSITION,
          bannerIsWarning: true,
        });
      }
      throw error;
    }
  };

export const approve = decide(specs.approve);
export const returnForChanges = decide(specs.return);
export const decline = decide(specs.decline);
