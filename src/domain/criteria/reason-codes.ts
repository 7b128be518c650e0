/**
 * Why a check gave its outcome. Stable identifiers: surfaces map them to words, stored checks keep them,
 * so never rename one; add new ones instead.
 */
export const reasonCodes = [
  'immediate_risk',
  'outside_area',
  'care_leaver_died',
  'care_leaver_not_died',
  'not_a_child',
  'child_died',
  'child_seriously_harmed',
  'abuse_or_neglect_known',
  'abuse_or_neglect_suspected',
  'abuse_or_neglect_unsure',
  'practice_not_robust',
  'practice_concern_unsure',
  'good_practice_outcome',
  'criteria_not_met',
] as const;

export type ReasonCode = (typeof reasonCodes)[number];
