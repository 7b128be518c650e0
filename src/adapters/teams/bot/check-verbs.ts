import type { IAdaptiveCard } from '@microsoft/teams.cards';
import { z } from 'zod';
import { assessCase } from '../../../app/assessments/assess-case.ts';
import {
  abuseOrNeglectValues,
  assessmentAnswersSchema,
  childStatusValues,
  eventValues,
  locationValues,
  practiceConcernValues,
} from '../../../domain/criteria/answers.ts';
import { isAppError } from '../../../domain/errors/index.ts';
import { londonToday } from '../../../app/notifications/london-today.ts';
import { checkOutcomeCard } from '../cards/check-outcome-card.ts';
import { checkSteps, type AnswerDraft, type QuestionId } from '../cards/check-questions.ts';
import { checkStepCard } from '../cards/check-step-card.ts';
import type { VerbHandler, VerbInput } from './verb-input.ts';

const yesNo = z.enum(['true', 'false']);
const answerSchemas: Readonly<Record<QuestionId, z.ZodType<string>>> = {
  immediateRisk: yesNo,
  event: z.enum(eventValues),
  abuseOrNeglect: z.enum(abuseOrNeglectValues),
  childStatus: z.enum(childStatusValues),
  location: z.enum(locationValues),
  practiceConcern: z.enum(practiceConcernValues),
  goodPracticeOutcome: yesNo,
};
const answerDraftSchema = z.strictObject(
  Object.fromEntries(Object.entries(answerSchemas).map(([id, schema]) => [id, schema.optional()])),
) as z.ZodType<AnswerDraft>;

const carriedSchema = z.object({
  step: z.number().int().min(1).max(checkSteps.length),
  answers: answerDraftSchema,
});
const incidentDateSchema = z.union([z.literal(''), z.iso.date()]).optional();

const today = (input: VerbInput) => londonToday(input.deps.referrals.clock.now());

const stepCard = (
  input: VerbInput,
  step: number,
  answers: AnswerDraft,
  extra: { problem?: string; incidentDate?: string } = {},
) => checkStepCard({ step, answers, today: today(input), ...extra }, input.deps.cards);

export const checkStart: VerbHandler = (input) => Promise.resolve(stepCard(input, 1, {}));

export const checkBack: VerbHandler = (input) => {
  const carried = carriedSchema.safeParse(input.data);
  if (!carried.success) return Promise.resolve(stepCard(input, 1, {}));
  return Promise.resolve(stepCard(input, Math.max(1, carried.data.step - 1), carried.data.answers));
};

/** Takes this step's answers, then shows the next step or, after the last, the outcome. */
export const checkNext: VerbHandler = (input) => {
  const carried = carriedSchema.safeParse(input.data);
  if (!carried.success)
    return Promise.resolve(
      stepCard(input, 1, {}, { problem: 'Something went wrong with that card. Start again.' }),
    );
  const { step } = carried.data;
  const answers: AnswerDraft = { ...carried.data.answers };
  for (const id of checkSteps[step - 1] ?? []) {
    const given = answerSchemas[id].safeParse(input.data[id]);
    if (!given.success) {
      return Promise.resolve(stepCard(input, step, answers, { problem: 'Answer every question to go on.' }));
    }
    answers[id] = given.data;
  }
  if (step < checkSteps.length) return Promise.resolve(stepCard(input, step + 1, answers));
  return Promise.resolve(outcome(input, answers));
};

function outcome(input: VerbInput, draft: AnswerDraft): IAdaptiveCard {
  const date = incidentDateSchema.safeParse(input.data.incidentDate);
  if (!date.success) {
    return stepCard(input, checkSteps.length, draft, {
      problem: 'Give the incident date as a date, or leave it empty.',
    });
  }
  const incidentDate = date.data || undefined;
  const answers = assessmentAnswersSchema.safeParse({
    ...draft,
    immediateRisk: draft.immediateRisk === undefined ? undefined : draft.immediateRisk === 'true',
    goodPracticeOutcome:
      draft.goodPracticeOutcome === undefined ? undefined : draft.goodPracticeOutcome === 'true',
  });
  if (!answers.success)
    return stepCard(input, 1, draft, { problem: 'Some answers are missing. Go through the check again.' });
  const request = { answers: answers.data, ...(incidentDate ? { incidentDate } : {}) };
  try {
    const result = assessCase(request, {
      profile: input.deps.referrals.profile,
      now: input.deps.referrals.clock.now(),
    });
    return checkOutcomeCard(result, request, crypto.randomUUID(), input.deps.cards);
  } catch (error) {
    if (!isAppError(error)) throw error;
    return stepCard(input, checkSteps.length, draft, {
      problem: 'The incident date cannot be in the future.',
    });
  }
}
