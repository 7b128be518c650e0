import type { QaDecision } from '../../../domain/referral/index.ts';
import { formatInstant } from '../display-format.ts';
import { qaDecisionLabels, qaLabels } from '../field-labels.ts';
import type { TaggedWriter } from '../tagged-writer.ts';
import type { SectionWriter } from './section-writer.ts';

function writeDecision(section: TaggedWriter, decision: QaDecision, qaRoleName: string): void {
  section.fields([
    { label: qaLabels.reviewer(qaRoleName), value: decision.reviewerName },
    { label: qaLabels.at, value: formatInstant(decision.at) },
    ...(decision.comments ? [] : [{ label: qaLabels.comments, value: qaLabels.noComments }]),
  ]);
  if (decision.comments) section.longText(qaLabels.comments, decision.comments);
}

/** The QA record, oldest decision first. */
export const writeQaSection: SectionWriter = (section, { qaDecisions, qaRoleName }) => {
  if (qaDecisions.length === 0) {
    section.paragraphs(qaLabels.none);
    return;
  }
  qaDecisions.forEach((decision, index) => {
    const heading = qaLabels.decisionHeading(index + 1, qaDecisionLabels[decision.decision]);
    section.section(heading, (decisionSection) => writeDecision(decisionSection, decision, qaRoleName));
  });
};
