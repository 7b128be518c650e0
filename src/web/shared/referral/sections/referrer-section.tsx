import { textLimits } from '../../../../domain/referral/limits.ts';
import type { Profile } from '../../api/api-types.ts';
import { SelectField } from '../fields/select-field.tsx';
import { TextField } from '../fields/text-field.tsx';
import { fieldLabels } from '../form/field-labels.ts';
import { useFormGrid } from '../fields/form-grid.ts';
import { FormSection } from './form-section.tsx';

export function ReferrerSection({ profile }: { profile: Profile }) {
  const styles = useFormGrid();
  const label = (key: string) => fieldLabels[`referrer.${key}`]!;
  return (
    <FormSection
      section="referrer"
      intro={`So that ${profile.shortName} and your ${profile.qaRoleName} can contact you about this referral.`}
    >
      <div className={styles.grid}>
        <TextField
          path={['referrer', 'name']}
          label={label('name')}
          maxLength={textLimits.name}
          autoComplete="name"
          required
        />
        <TextField
          path={['referrer', 'jobTitle']}
          label={label('jobTitle')}
          maxLength={textLimits.jobTitle}
          autoComplete="organization-title"
          required
        />
        <TextField
          path={['referrer', 'email']}
          label={label('email')}
          type="email"
          maxLength={textLimits.email}
          autoComplete="email"
          required
        />
        <TextField
          path={['referrer', 'phone']}
          label={label('phone')}
          type="tel"
          maxLength={textLimits.phone}
          autoComplete="tel"
          hint="Like 0161 793 2500"
          required
        />
      </div>
      <SelectField
        path={['referrer', 'agencyId']}
        label={label('agencyId')}
        choices={profile.agencies.map((a) => ({ value: a.id, label: a.name }))}
        emptyLabel="Choose your agency"
        required
      />
    </FormSection>
  );
}
