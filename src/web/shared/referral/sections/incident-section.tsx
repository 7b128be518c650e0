import { textLimits } from '../../../../domain/referral/limits.ts';
import {
  abuseOrNeglectLabels,
  abuseOrNeglectOptions,
  abuseTypeLabels,
  abuseTypes,
  incidentOutcomeLabels,
  incidentOutcomes,
} from '../../../../domain/referral/referral-options.ts';
import { CheckboxGroupField } from '../fields/checkbox-group-field.tsx';
import { ChoiceField, choicesOf } from '../fields/choice-field.tsx';
import { LongTextField } from '../fields/long-text-field.tsx';
import { fieldLabels } from '../form/field-labels.ts';
import { useFormContext } from '../form/form-context.ts';
import { FormSection } from './form-section.tsx';

const label = (key: string) => fieldLabels[`incident.${key}`]!;

export function IncidentSection() {
  const { form } = useFormContext();
  const abuse = form.incident?.abuseOrNeglect;
  return (
    <FormSection section="incident">
      <ChoiceField
        path={['incident', 'outcome']}
        label={label('outcome')}
        choices={choicesOf(incidentOutcomes, incidentOutcomeLabels)}
        required
      />
      <ChoiceField
        path={['incident', 'abuseOrNeglect']}
        label={label('abuseOrNeglect')}
        choices={choicesOf(abuseOrNeglectOptions, abuseOrNeglectLabels)}
        inline
        required
      />
      {(abuse === 'known' || abuse === 'suspected') && (
        <CheckboxGroupField
          path={['incident', 'abuseTypes']}
          label={label('abuseTypes')}
          hint="Choose all that apply."
          choices={choicesOf(abuseTypes, abuseTypeLabels)}
          required
        />
      )}
      <LongTextField
        path={['incident', 'description']}
        label={label('description')}
        hint="What happened, when and where, in a few sentences. Leave out anything the panel does not need to decide, such as full medical details or names of people not involved."
        maxLength={textLimits.description}
        rows={6}
        required
      />
      <LongTextField
        path={['incident', 'keyEvents']}
        label={`${label('keyEvents')} (optional)`}
        hint="Earlier events that help explain the incident, with dates if you know them."
        maxLength={textLimits.keyEvents}
        rows={4}
      />
    </FormSection>
  );
}
