import type { FieldError } from '../../errors/index.ts';
import type { ReferralDraft } from '../draft/referral-draft-schema.ts';
import type { Referral } from '../referral.ts';
import { checkAgencies } from './check-agencies.ts';
import { checkChildren } from './check-child.ts';
import { checkDates } from './check-dates.ts';
import { checkHousehold } from './check-household.ts';
import { checkIncident } from './check-incident.ts';
import { checkLearning } from './check-learning.ts';
import { checkOtherProcesses } from './check-other-processes.ts';
import { checkReferrer } from './check-referrer.ts';
import { checkRoute } from './check-route.ts';
import { checkSafeguardingLead } from './check-safeguarding-lead.ts';
import { all, map, type Checked } from './checked.ts';
import { readyFacts, type ReadyContext } from './ready-facts.ts';

export type ReadyCheckResult =
  | { readonly ready: true; readonly referral: Referral }
  | { readonly ready: false; readonly errors: FieldError[] };

/**
 * Whether a draft can be submitted: every required and conditional field, formats, and date order. On success the
 * complete, normalised referral; otherwise every problem at once, in form order, in plain English.
 */
export function checkReadyToSubmit(draft: ReferralDraft, context: ReadyContext): ReadyCheckResult {
  const facts = readyFacts(draft, context);
  const checked: Checked<Referral> = map(
    all({
      route: checkRoute(draft),
      referrer: checkReferrer(draft.referrer, facts),
      safeguardingLead: checkSafeguardingLead(draft.safeguardingLead, facts),
      dates: checkDates(draft.dates, facts),
      children: checkChildren(draft.children, facts),
      household: checkHousehold(draft.household, facts),
      agencies: checkAgencies(draft.agencies),
      incident: checkIncident(draft.incident),
      learning: checkLearning(draft.learning),
      otherProcesses: checkOtherProcesses(draft.otherProcesses, facts),
    }),
    ({ route, ...sections }) => ({ ...route, ...sections }),
  );
  return checked.ok
    ? { ready: true, referral: checked.value }
    : { ready: false, errors: [...checked.errors] };
}
