import { z } from 'zod';
import { cardFactsOfView } from '../../../app/notifications/card-facts.ts';
import { viewReferralCard } from '../../../app/notifications/view-referral-card.ts';
import { createReferral } from '../../../app/referrals/create-referral.ts';
import type { ReferralView } from '../../../app/referrals/referral-view.ts';
import { assessmentAnswersSchema } from '../../../domain/criteria/answers.ts';
import { AppError } from '../../../domain/errors/index.ts';
import { referralCard } from '../cards/referral-card.ts';
import type { VerbHandler, VerbInput } from './verb-input.ts';

const dataSchema = z.object({
  checkId: z.uuid(),
  answers: assessmentAnswersSchema,
  incidentDate: z.iso.date().optional(),
});

/** A claim older than this with no draft behind it was left by a crash: the draft may be made again. */
const abandonedClaimMs = 30_000;

const banner = (qaRoleName: string) =>
  `Draft started. Finish it in the tab, then send it to your ${qaRoleName} from there.`;

async function cardFor(input: VerbInput, referralId: string, view?: ReferralView) {
  const { deps, principal } = input;
  const facts = view
    ? await cardFactsOfView(view, principal.tenantId, {
        profile: deps.referrals.profile,
        directory: deps.referrals.directory,
        now: deps.referrals.clock.now(),
      })
    : await viewReferralCard({ ...deps.referrals, cardViews: deps.cardViews }, principal, referralId);
  if (input.replyToId) await deps.chats.trackCard(input.chat, input.replyToId, facts.id, facts.version);
  return referralCard(facts, principal.userId, deps.cards, { banner: banner(deps.cards.profile.qaRoleName) });
}

/**
 * "Start a referral" from a check's outcome: one draft per check however often Teams re-sends the
 * invoke (the check's id is claimed first), made by the same use case the tab calls.
 */
export const startReferral: VerbHandler = async (input) => {
  const parsed = dataSchema.safeParse(input.data);
  if (!parsed.success) throw new AppError('MALFORMED_JSON');
  const { deps, principal } = input;
  const { checkId, answers, incidentDate } = parsed.data;
  const actionKey = `start-referral:${checkId}`;
  const now = deps.referrals.clock.now();
  let claim = await deps.teams.cardActions.claim(principal.tenantId, principal.userId, actionKey, now);
  if (!claim.claimed && claim.referralId) return cardFor(input, claim.referralId);
  if (!claim.claimed && now.getTime() - claim.createdAt.getTime() > abandonedClaimMs) {
    await deps.teams.cardActions.release(principal.tenantId, principal.userId, actionKey);
    claim = await deps.teams.cardActions.claim(principal.tenantId, principal.userId, actionKey, now);
  }
  // Another copy of this invoke is making the draft right now.
  if (!claim.claimed) throw new AppError('SERVICE_UNAVAILABLE');
  let view: ReferralView;
  try {
    view = await createReferral(deps.referrals, principal, {
      assessment: { answers, ...(incidentDate ? { incidentDate } : {}) },
    });
  } catch (error) {
    await deps.teams.cardActions.release(principal.tenantId, principal.userId, actionKey);
    throw error;
  }
  await deps.teams.cardActions.complete(principal.tenantId, principal.userId, actionKey, view.id);
  return cardFor(input, view.id, view);
};
