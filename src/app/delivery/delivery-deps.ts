import type { MailTransport } from '../ports/mail-transport.ts';
import type { ReferralDocumentRenderer } from '../ports/referral-document-renderer.ts';
import type { ReferralDeps } from '../referrals/referral-deps.ts';

export interface DeliveryOptions {
  /**
   * How long a send that was requested but never confirmed may still be on its way. Graph sends
   * asynchronously, so a message can look like a draft for a while after the service took it; only
   * once this has passed is a draft that still shows as unsent sent again.
   */
  readonly unconfirmedSendGraceMs: number;
}

export const defaultDeliveryOptions: DeliveryOptions = { unconfirmedSendGraceMs: 10 * 60_000 };

/** What delivering a referral needs beyond the referral use cases' own dependencies. */
export interface DeliveryDeps extends ReferralDeps {
  readonly renderer: ReferralDocumentRenderer;
  readonly transport: MailTransport;
  readonly options: DeliveryOptions;
}
