import { textLimits } from '../../../../domain/referral/limits.ts';
import { ChoiceField, yesNo } from '../fields/choice-field.tsx';
import { DateField } from '../fields/date-field.tsx';
import { LongTextField } from '../fields/long-text-field.tsx';
import { TextField } from '../fields/text-field.tsx';
import { fieldLabels } from '../form/field-labels.ts';
import { useFormContext } from '../form/form-context.ts';
import { FormSection } from './form-section.tsx';

/** The consultation with the Safeguarding Lead (name, role, date), or why there was none. */
export function SafeguardingLeadSection() {
  const { form } = useFormContext();
  const consulted = form.safeguardingLead?.consulted;
  const label = (key: string) => fieldLabels[`safeguardingLead.${key}`]!;
  return (
    <FormSection
      section="safeguardingLead"
      intro="Talk the case through with your Safeguarding Lead before you refer, and record it here."
    >
      <ChoiceField
        path={['safeguardingLead', 'consulted']}
        label={label('consulted')}
        choices={yesNo}
        inline
        required
      />
      {consulted === true && (
        <>
          <TextField
            path={['safeguardingLead', 'name']}
            label={label('name')}
            maxLength={textLimits.name}
            required
          />
          <TextField
            path={['safeguardingLead', 'role']}
            label={label('role')}
            maxLength={textLimits.role}
            required
          />
          <DateField path={['safeguardingLead', 'date']} label={label('date')} required />
        </>
      )}
      {consulted === false && (
        <LongTextField
          path={['safeguardingLead', 'reason']}
          label={label('reason')}
          maxLength={textLimits.reason}
          rows={3}
          required
        />
      )}
    </FormSection>
  );
}
