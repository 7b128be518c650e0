import type { IAdaptiveCard } from '@microsoft/teams.cards';
import type { CardContext } from './card-context.ts';
import { card, choiceInput, dateInput, execute, paragraph, title } from './card-kit.ts';
import { criteriaQuestions } from '../../../domain/criteria/index.ts';
import { checkSteps, type AnswerDraft } from './check-questions.ts';
import { verbs } from './verbs.ts';

export interface CheckStepView {
  /** 1-based. */
  readonly step: number;
  readonly answers: AnswerDraft;
  readonly incidentDate?: string;
  /** Today (Europe/London): the latest incident date the card offers. */
  readonly today: string;
  /** What to put right before going on (our own words). */
  readonly problem?: string;
}

/** One step of the criteria check: its questions, step n of m, and next, back and start again. */
export function checkStepCard(view: CheckStepView, context: CardContext): IAdaptiveCard {
  const { step, answers } = view;
  const questions = checkSteps[step - 1] ?? [];
  const isLast = step === checkSteps.length;
  const carried = { step, answers };
  return card(
    [
      title('Check a case'),
      paragraph(`Step ${step} of ${checkSteps.length}`, { subtle: true }),
      ...(context.devMode ? [paragraph('DEV MODE', { subtle: true })] : []),
      ...(view.problem ? [paragraph(view.problem, { attention: true })] : []),
      ...questions.flatMap((id) => {
        const question = criteriaQuestions[id];
        return [
          choiceInput(id, question.label, question.options, answers[id]),
          ...(question.hint ? [paragraph(question.hint, { subtle: true })] : []),
        ];
      }),
      ...(isLast
        ? [
            dateInput('incidentDate', 'Date of the incident (optional)', {
              max: view.today,
              ...(view.incidentDate ? { value: view.incidentDate } : {}),
            }),
            paragraph(
              'With the date I can tell you when a referral is due. Nothing else about the case is needed.',
              {
                subtle: true,
              },
            ),
          ]
        : []),
    ],
    {
      actions: [
        execute(isLast ? 'See the result' : 'Next', verbs.checkNext, carried, {
          style: 'positive',
          withInputs: true,
        }),
        ...(step > 1 ? [execute('Back', verbs.checkBack, carried)] : []),
        execute('Start again', verbs.checkStart, {}),
      ],
      fallbackText: `Check a case: step ${step} of ${checkSteps.length}`,
    },
  );
}
