export const legalStatuses = [
  'child_protection_plan_current',
  'child_protection_plan_previous',
  'looked_after',
  'child_in_need',
  'care_leaver',
  'open_to_social_care',
  'none_known',
] as const;

export type LegalStatus = (typeof legalStatuses)[number];

export const legalStatusLabels: Readonly<Record<LegalStatus, string>> = {
  child_protection_plan_current: 'Child protection plan now',
  child_protection_plan_previous: 'Child protection plan before',
  looked_after: 'Child looked after',
  child_in_need: 'Child in need',
  care_leaver: 'Care leaver',
  open_to_social_care: "Open to children's social care",
  none_known: 'None known',
};

/** 'None known' contradicts every other status, so it may only be chosen alone. */
export const exclusiveLegalStatus: LegalStatus = 'none_known';
