import { makeStyles, tokens } from '@fluentui/react-components';
import { DateField } from '../fields/date-field.tsx';
import { fieldLabels } from '../form/field-labels.ts';
import { useFormContext } from '../form/form-context.ts';
import { FormSection } from './form-section.tsx';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalL,
    alignItems: 'flex-start',
  },
});

export function DatesSection() {
  const styles = useStyles();
  const { form } = useFormContext();
  const died = form.incident?.outcome === 'died';
  return (
    <FormSection section="dates" intro="The incident date sets the deadline for this referral.">
      <div className={styles.row}>
        <DateField path={['dates', 'incidentDate']} label={fieldLabels['dates.incidentDate']!} required />
        <DateField path={['dates', 'awarenessDate']} label={fieldLabels['dates.awarenessDate']!} required />
        {died && (
          <DateField
            path={['dates', 'dateOfDeath']}
            label={fieldLabels['dates.dateOfDeath']!}
            hint="Asked because the child died."
            required
          />
        )}
      </div>
    </FormSection>
  );
}
