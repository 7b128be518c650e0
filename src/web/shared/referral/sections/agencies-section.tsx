import { listLimits, textLimits } from '../../../../domain/referral/limits.ts';
import { ChoiceField, yesNo } from '../fields/choice-field.tsx';
import { TextField } from '../fields/text-field.tsx';
import { fieldLabels } from '../form/field-labels.ts';
import { useFormGrid } from '../fields/form-grid.ts';
import { ListSection } from './list-section.tsx';

const label = (key: string) => fieldLabels[`agencies.*.${key}`]!;

export function AgenciesSection() {
  const styles = useFormGrid();
  return (
    <ListSection
      section="agencies"
      intro="Every agency that worked with the child or family. At least one."
      itemName="Agency"
      max={listLimits.agencies}
      minimum={0}
      firstField={(index) => `agencies.${String(index)}.agency`}
      renderItem={(index) => (
        <>
          <div className={styles.grid}>
            <TextField
              path={['agencies', index, 'agency']}
              label={label('agency')}
              maxLength={textLimits.agency}
              width="full"
              required
            />
            <TextField
              path={['agencies', index, 'contact']}
              label={label('contact')}
              hint="A name, role or team"
              maxLength={textLimits.contact}
              width="full"
              required
            />
          </div>
          <ChoiceField
            path={['agencies', index, 'stillInvolved']}
            label={label('stillInvolved')}
            choices={yesNo}
            inline
            required
          />
        </>
      )}
    />
  );
}
