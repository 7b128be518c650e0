import { textLimits } from '../../../../domain/referral/limits.ts';
import { yesNoUnknown, yesNoUnknownLabels } from '../../../../domain/referral/referral-options.ts';
import { ChoiceField, choicesOf } from '../fields/choice-field.tsx';
import { DateField } from '../fields/date-field.tsx';
import { LongTextField } from '../fields/long-text-field.tsx';
import { fieldLabels } from '../form/field-labels.ts';
import { useFormContext } from '../form/form-context.ts';
import { FormSection } from './form-section.tsx';

const label = (key: string) => fieldLabels[`otherProcesses.${key}`]!;
const answers = choicesOf(yesNoUnknown, yesNoUnknownLabels);
const questions = [
  'policeInvestigation',
  'coroner',
  'childDeathOverviewPanel',
  'mediaInterest',
  'otherReviews',
] as const;

export function OtherProcessesSection() {
  const { form } = useFormContext();
  const processes = form.otherProcesses;
  return (
    <FormSection section="otherProcesses" intro="If you do not know, choose Not known.">
      <ChoiceField
        path={['otherProcesses', 'nationalPanelNotified']}
        label={label('nationalPanelNotified')}
        choices={answers}
        inline
        required
      />
      {processes?.nationalPanelNotified === 'yes' && (
        <DateField
          path={['otherProcesses', 'nationalPanelNotifiedDate']}
          label={label('nationalPanelNotifiedDate')}
          required
        />
      )}
      {questions.map((q) => (
        <ChoiceField
          key={q}
          path={['otherProcesses', q]}
          label={label(q)}
          choices={answers}
          inline
          required
        />
      ))}
      {processes?.otherReviews !== undefined && processes.otherReviews !== 'no' && (
        <LongTextField
          path={['otherProcesses', 'otherReviewsDetails']}
          label={`${label('otherReviewsDetails')} (optional)`}
          maxLength={textLimits.otherReviewsDetails}
          rows={3}
        />
      )}
    </FormSection>
  );
}
