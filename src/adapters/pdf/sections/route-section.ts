import { referralRouteLabels } from '../../../domain/referral/index.ts';
import { routeLabels } from '../field-labels.ts';
import type { SectionWriter } from './section-writer.ts';

export const writeRouteSection: SectionWriter = (section, { referral }) => {
  section.fields([
    { label: routeLabels.route, value: referralRouteLabels[referral.route] },
    {
      label: routeLabels.suggestedRoute,
      value: referral.suggestedRoute ? referralRouteLabels[referral.suggestedRoute] : routeLabels.noCheck,
    },
  ]);
  if (referral.routeChangeReason) section.longText(routeLabels.routeChangeReason, referral.routeChangeReason);
};
