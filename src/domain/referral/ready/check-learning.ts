import type { LearningDraft } from '../draft/referral-draft-schema.ts';
import { textLimits } from '../limits.ts';
import type { Learning } from '../referral.ts';
import { all, ensure, type Checked } from './checked.ts';
import { optionalText } from './text-checks.ts';

export function checkLearning(draft: LearningDraft = {}): Checked<Learning> {
  const learning = all({
    reasons: optionalText(draft.reasons, 'learning.reasons', textLimits.learning),
    agencyConcerns: optionalText(draft.agencyConcerns, 'learning.agencyConcerns', textLimits.learning),
    goodPractice: optionalText(draft.goodPractice, 'learning.goodPractice', textLimits.learning),
  });
  return ensure(
    learning,
    (given) =>
      given.reasons !== undefined || given.agencyConcerns !== undefined || given.goodPractice !== undefined,
    'learning',
    'Give at least one of: why the criteria are met, concerns about how agencies worked together, or good practice',
  );
}
