/** The one outcome a criteria check gives. The rule table that picks it is the product's; the words come from the profile. */
export const outcomes = [
  'urgent_action',
  'other_partnership',
  'not_for_review',
  'discuss_first',
  'must_refer',
  'may_refer',
  'consider_sgor',
] as const;

export type Outcome = (typeof outcomes)[number];

/** Outcomes after which a referral is (or may be) made, so a due date matters. */
export const outcomesWithDeadline: readonly Outcome[] = ['must_refer', 'may_refer', 'discuss_first'];
