/**
 * The sections of the referral in form order, for the UI and the PDF. The route section holds the top-level
 * fields `route`, `suggestedRoute` and `routeChangeReason`; every other section is the field of the same name.
 */
export const referralSectionOrder = [
  'route',
  'referrer',
  'safeguardingLead',
  'dates',
  'children',
  'household',
  'agencies',
  'incident',
  'learning',
  'otherProcesses',
] as const;

export type ReferralSectionKey = (typeof referralSectionOrder)[number];
