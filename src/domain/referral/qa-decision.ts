/** One decision of the PRSG member on a submitted referral: the QA record the PDF and timeline show. */
export const qaDecisionKinds = ['approved', 'returned', 'declined'] as const;
export type QaDecisionKind = (typeof qaDecisionKinds)[number];

export interface QaDecision {
  readonly decision: QaDecisionKind;
  /** Entra object id of the PRSG member. */
  readonly reviewerId: string;
  readonly reviewerName: string;
  /** ISO-8601 instant, set by the system. */
  readonly at: string;
  /** Comments when returned, the reason when declined; optional when approved. */
  readonly comments?: string;
}
