import { textLimits } from '../../../../domain/referral/limits.ts';
import { LongTextField } from '../fields/long-text-field.tsx';
import { fieldLabels } from '../form/field-labels.ts';
import { fieldId } from '../form/form-paths.ts';
import { useFormContext } from '../form/form-context.ts';
import { FormSection } from './form-section.tsx';
import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  error: { margin: 0, color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

const label = (key: string) => fieldLabels[`learning.${key}`]!;

/** At least one of the three: why the criteria are met, concerns about joint working, good practice. */
export function LearningSection() {
  const styles = useStyles();
  const { errorAt } = useFormContext();
  const groupError = errorAt('learning');
  return (
    <FormSection section="learning" intro="Answer at least one of these.">
      {groupError && (
        <p id={fieldId('learning')} className={styles.error} tabIndex={-1}>
          {groupError}
        </p>
      )}
      <LongTextField
        path={['learning', 'reasons']}
        label={label('reasons')}
        maxLength={textLimits.learning}
      />
      <LongTextField
        path={['learning', 'agencyConcerns']}
        label={label('agencyConcerns')}
        maxLength={textLimits.learning}
      />
      <LongTextField
        path={['learning', 'goodPractice']}
        label={label('goodPractice')}
        maxLength={textLimits.learning}
      />
    </FormSection>
  );
}
