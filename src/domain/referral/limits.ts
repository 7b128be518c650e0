/**
 * Longest value each free-text field may hold, in characters (UTF-16 code units, as `String.length` counts).
 * The same limits apply to drafts and to the ready check, so a draft never holds text it could not submit.
 */
export const textLimits = {
  name: 200,
  jobTitle: 200,
  role: 200,
  relationship: 200,
  agencyId: 100,
  email: 254,
  phone: 40,
  address: 500,
  postcode: 16,
  nhsNumber: 20,
  date: 10,
  agency: 200,
  contact: 500,
  carer: 500,
  reason: 2000,
  description: 4000,
  keyEvents: 4000,
  learning: 4000,
  otherReviewsDetails: 2000,
} as const;

/** Most entries each list may hold. */
export const listLimits = {
  children: 10,
  otherNames: 10,
  household: 20,
  agencies: 30,
} as const;

/** The oldest a child on a referral can be: care leavers are covered up to their 25th birthday. */
export const maxChildAgeYears = 24;

/**
 * The longest a pregnancy normally lasts (42 weeks). An incident affecting an unborn child can happen at any
 * point in the pregnancy, so it may be up to this many days before the expected due date.
 */
export const maxPregnancyDays = 294;
