import { ethnicityCategories } from '../../../../domain/referral/ethnicity.ts';
import {
  exclusiveLegalStatus,
  legalStatusLabels,
  legalStatuses,
} from '../../../../domain/referral/legal-status.ts';
import { maxChildAgeYears, textLimits } from '../../../../domain/referral/limits.ts';
import {
  dobKindLabels,
  dobKinds,
  sexOrGenderLabels,
  sexOrGenderOptions,
} from '../../../../domain/referral/referral-options.ts';
import { CheckboxGroupField } from '../fields/checkbox-group-field.tsx';
import { ChoiceField, choicesOf } from '../fields/choice-field.tsx';
import { DateField } from '../fields/date-field.tsx';
import { LongTextField } from '../fields/long-text-field.tsx';
import { NumberField } from '../fields/number-field.tsx';
import { SelectField } from '../fields/select-field.tsx';
import { TextField } from '../fields/text-field.tsx';
import { fieldLabels } from '../form/field-labels.ts';
import { useFormGrid } from '../fields/form-grid.ts';
import { useFormContext } from '../form/form-context.ts';
import { OtherNamesField } from './other-names-field.tsx';

const label = (key: string) => fieldLabels[`children.*.${key}`]!;

/** The fields of one child: who they are, their age, where they live, their legal status, who cared for them. */
export function ChildFields({ index }: { index: number }) {
  const styles = useFormGrid();
  const { form } = useFormContext();
  const child = form.children?.[index] ?? {};
  const at = (...rest: string[]) => ['children', index, ...rest];
  return (
    <>
      <TextField
        path={at('names', 'fullName')}
        label={label('names.fullName')}
        maxLength={textLimits.name}
        width="full"
        required
      />
      <OtherNamesField path={at('names', 'otherNames')} label={`${label('names.otherNames')} (optional)`} />
      <ChoiceField
        path={at('dobKind')}
        label={label('dobKind')}
        choices={choicesOf(dobKinds, dobKindLabels)}
        required
      />
      {child.dobKind === 'date_of_birth' && (
        <DateField path={at('dateOfBirth')} label={label('dateOfBirth')} required />
      )}
      {child.dobKind === 'expected_due_date' && (
        <DateField path={at('expectedDueDate')} label={label('expectedDueDate')} allowFuture required />
      )}
      {child.dobKind === 'approximate_age' && (
        <NumberField
          path={at('approximateAgeYears')}
          label={label('approximateAgeYears')}
          min={0}
          max={maxChildAgeYears}
          required
        />
      )}
      <ChoiceField
        path={at('sexOrGender')}
        label={label('sexOrGender')}
        choices={choicesOf(sexOrGenderOptions, sexOrGenderLabels)}
        inline
        required
      />
      <SelectField
        path={at('ethnicity')}
        label={`${label('ethnicity')} (optional)`}
        hint="Department for Education census categories."
        choices={ethnicityCategories.map((c) => ({ value: c.code, label: c.label }))}
        emptyLabel="Not given"
      />
      <div className={styles.grid}>
        <LongTextField
          path={at('address')}
          label={label('address')}
          maxLength={textLimits.address}
          rows={2}
          required
        />
        <TextField
          path={at('postcode')}
          label={label('postcode')}
          hint="Like M5 4WT"
          maxLength={textLimits.postcode}
          autoComplete="off"
          width="short"
          required
        />
      </div>
      <CheckboxGroupField
        path={at('legalStatus')}
        label={label('legalStatus')}
        hint="Choose all that apply now or in the past, or None known."
        choices={choicesOf(legalStatuses, legalStatusLabels)}
        exclusive={exclusiveLegalStatus}
        required
      />
      <TextField
        path={at('nhsNumber')}
        label={`${label('nhsNumber')} (optional)`}
        hint="10 digits, like 943 476 5919"
        maxLength={textLimits.nhsNumber}
        inputMode="numeric"
        width="short"
      />
      <div className={styles.grid}>
        <TextField
          path={at('carer', 'who')}
          label={`${label('carer.who')} (optional)`}
          maxLength={textLimits.carer}
          width="full"
        />
        <TextField
          path={at('carer', 'where')}
          label={`${label('carer.where')} (optional)`}
          maxLength={textLimits.carer}
          width="full"
        />
      </div>
    </>
  );
}
