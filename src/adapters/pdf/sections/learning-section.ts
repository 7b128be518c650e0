import { learningLabels as labels, notGiven } from '../field-labels.ts';
import type { SectionWriter } from './section-writer.ts';

export const writeLearningSection: SectionWriter = (section, { referral: { learning } }) => {
  section.longText(labels.reasons, learning.reasons ?? notGiven);
  section.longText(labels.agencyConcerns, learning.agencyConcerns ?? notGiven);
  section.longText(labels.goodPractice, learning.goodPractice ?? notGiven);
};
