import type { QaDecision, Referral } from '../../domain/referral/index.ts';

/** Everything the referral document shows. Built by the delivery use case from the record and the profile. */
export interface ReferralDocument {
  readonly reference: string;
  /** The profile's marking, e.g. OFFICIAL-SENSITIVE: on every page. */
  readonly securityMarking: string;
  readonly partnershipName: string;
  /** The profile's name for the QA role, e.g. "PRSG member". */
  readonly qaRoleName: string;
  /** Profile agency id → name, to print the referrer's agency. */
  readonly agencyNames: Readonly<Record<string, string>>;
  readonly referral: Referral;
  readonly submittedAt: Date | undefined;
  /** Oldest first. */
  readonly qaDecisions: readonly QaDecision[];
  /** Due date (YYYY-MM-DD) under the profile's deadline rule. */
  readonly dueBy: string | undefined;
  readonly generatedAt: Date;
}

export interface ReferralDocumentRenderer {
  /** An accessible (tagged) PDF. */
  render(document: ReferralDocument): Promise<Uint8Array>;
}
