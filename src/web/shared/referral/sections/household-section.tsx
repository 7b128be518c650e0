import { listLimits, textLimits } from '../../../../domain/referral/limits.ts';
import { DateField } from '../fields/date-field.tsx';
import { LongTextField } from '../fields/long-text-field.tsx';
import { TextField } from '../fields/text-field.tsx';
import { fieldLabels } from '../form/field-labels.ts';
import { useFormGrid } from '../fields/form-grid.ts';
import { ListSection } from './list-section.tsx';

const label = (key: string) => fieldLabels[`household.*.${key}`]!;

export function HouseholdSection() {
  const styles = useFormGrid();
  return (
    <ListSection
      section="household"
      intro="Parents, carers and other adults significant to the child. Optional: add only those the panel needs to know about."
      itemName="Person"
      max={listLimits.household}
      minimum={0}
      emptyText="No one added. That is fine if no one needs to be named."
      firstField={(index) => `household.${String(index)}.name`}
      renderItem={(index) => (
        <div className={styles.grid}>
          <TextField
            path={['household', index, 'name']}
            label={label('name')}
            maxLength={textLimits.name}
            width="full"
            required
          />
          <TextField
            path={['household', index, 'relationship']}
            label={label('relationship')}
            maxLength={textLimits.relationship}
            width="full"
            required
          />
          <DateField
            path={['household', index, 'dateOfBirth']}
            label={`${label('dateOfBirth')} (optional)`}
          />
          <LongTextField
            path={['household', index, 'address']}
            label={`${label('address')} (optional)`}
            maxLength={textLimits.address}
            rows={2}
          />
        </div>
      )}
    />
  );
}
