import { referralRouteLabels, referralRoutes } from '../../../../domain/referral/referral-options.ts';
import { textLimits } from '../../../../domain/referral/limits.ts';
import { ChoiceField, choicesOf } from '../fields/choice-field.tsx';
import { LongTextField } from '../fields/long-text-field.tsx';
import { fieldLabels } from '../form/field-labels.ts';
import { useFormContext } from '../form/form-context.ts';
import { FormSection } from './form-section.tsx';

export function RouteSection() {
  const { form } = useFormContext();
  const suggested = form.suggestedRoute;
  const changed = suggested !== undefined && form.route !== undefined && form.route !== suggested;
  return (
    <FormSection section="route">
      <ChoiceField
        path={['route']}
        label={fieldLabels.route!}
        hint={suggested ? `The criteria check suggested: ${referralRouteLabels[suggested]}.` : undefined}
        choices={choicesOf(referralRoutes, referralRouteLabels)}
        required
      />
      {changed && (
        <LongTextField
          path={['routeChangeReason']}
          label={fieldLabels.routeChangeReason!}
          maxLength={textLimits.reason}
          rows={3}
          required
        />
      )}
    </FormSection>
  );
}
