import type { ReferralDraft } from '../draft/referral-draft-schema.ts';
import { textLimits } from '../limits.ts';
import type { Referral } from '../referral.ts';
import { all, valid, type Checked } from './checked.ts';
import { requiredChoice } from './choice-checks.ts';
import { requiredText } from './text-checks.ts';

type RouteFields = Pick<Referral, 'route' | 'suggestedRoute' | 'routeChangeReason'>;

export function checkRoute(draft: ReferralDraft): Checked<RouteFields> {
  const changed =
    draft.route !== undefined && draft.suggestedRoute !== undefined && draft.route !== draft.suggestedRoute;
  return all({
    route: requiredChoice(
      draft.route,
      'route',
      'Choose the type of referral: serious incident, practice concern or Seriously Good Outcome Review',
    ),
    suggestedRoute: valid(draft.suggestedRoute),
    routeChangeReason: changed
      ? requiredText(
          draft.routeChangeReason,
          'routeChangeReason',
          'Explain why you chose a different type of referral from the one the criteria check suggested',
          textLimits.reason,
        )
      : valid(undefined),
  });
}
