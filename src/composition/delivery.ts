import { Router } from 'express';
import { createFileMailTransport } from '../adapters/mail-file/file-mail-transport.ts';
import { createGraphCredential, graphTokenSource } from '../adapters/graph/graph-credential.ts';
import { createGraphMailTransport } from '../adapters/graph/graph-mail-transport.ts';
import { deliveryRoutes } from '../adapters/http/routes/delivery-routes.ts';
import { documentRoutes } from '../adapters/http/routes/document-routes.ts';
import type { Logger } from '../adapters/logging/create-logger.ts';
import { createPdfkitReferralRenderer } from '../adapters/pdf/index.ts';
import type { Clock } from '../app/clock.ts';
import { deliverReferral } from '../app/delivery/deliver-referral.ts';
import { requeueStalledDeliveries } from '../app/delivery/requeue-stalled-deliveries.ts';
import {
  defaultDeliveryOptions,
  type DeliveryDeps,
  type DeliveryOptions,
} from '../app/delivery/delivery-deps.ts';
import { done, type JobHandler } from '../app/jobs/job-handler.ts';
import { jobKinds } from '../app/jobs/job-kinds.ts';
import type { MailTransport } from '../app/ports/mail-transport.ts';
import type { ReferralDocumentRenderer } from '../app/ports/referral-document-renderer.ts';
import type { ReferralDeps } from '../app/referrals/referral-deps.ts';
import type { MailConfig } from '../config/mail-config.ts';
import type { RecurringJob } from '../adapters/worker/recurring-jobs.ts';

export interface DeliveryComposition {
  /** The `deliver.referral` and watchdog handlers, for the background worker's `extraHandlers`. */
  readonly handlers: Readonly<Record<string, JobHandler>>;
  /** The watchdog that re-queues deliveries nobody is working on, for the worker's recurring jobs. */
  readonly recurringJobs: readonly RecurringJob[];
  /**
   * `GET /:id/document.pdf` and `POST /:id/retry-sending`, to mount at `/api/referrals` behind
   * sign-in (after the referral routes; unmatched paths fall through).
   */
  readonly referralRoutes: Router;
}

/** Tests replace the outside world here; production uses the config. */
export interface DeliveryOverrides {
  readonly renderer?: ReferralDocumentRenderer;
  readonly transport?: MailTransport;
  /** The fetch the Graph adapter uses (tests inject faults through it). */
  readonly fetch?: typeof fetch;
  readonly options?: Partial<DeliveryOptions>;
}

export function mailTransportFor(mail: MailConfig, clock: Clock, fetchImpl?: typeof fetch): MailTransport {
  if (mail.transport === 'file') {
    return createFileMailTransport({ outboxDir: mail.outboxDir, sender: mail.sender, clock });
  }
  return createGraphMailTransport({
    endpoint: mail.graphEndpoint,
    sender: mail.sender,
    getToken: graphTokenSource(createGraphCredential(mail), mail.graphScope),
    timeoutMs: mail.requestTimeoutMs,
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  });
}

/** Delivery of approved referrals (Graph or the .eml outbox) and its two routes. */
export function createDelivery(
  config: { readonly mail: MailConfig },
  referrals: ReferralDeps,
  logger: Logger,
  overrides: DeliveryOverrides = {},
): DeliveryComposition {
  const deps: DeliveryDeps = {
    ...referrals,
    renderer: overrides.renderer ?? createPdfkitReferralRenderer(),
    transport: overrides.transport ?? mailTransportFor(config.mail, referrals.clock, overrides.fetch),
    options: { ...defaultDeliveryOptions, ...overrides.options },
  };
  const log = logger.child({ component: 'delivery' });
  const deliver: JobHandler = async (job, context) => {
    const result = await deliverReferral(deps, job, context);
    const { referralId } = (job.payload ?? {}) as { referralId?: unknown };
    log.info(
      { jobId: job.id, referralId, attempt: job.attempts, ...result },
      result.outcome === 'done' ? 'delivery run finished' : 'delivery run will try again',
    );
    return result;
  };
  const router = Router();
  router.use(documentRoutes(deps), deliveryRoutes(referrals));
  const watchdog: JobHandler = async () => {
    const { requeued } = await requeueStalledDeliveries(referrals);
    if (requeued > 0) log.warn({ requeued }, 'delivery watchdog re-queued deliveries nobody was working on');
    return done;
  };
  return {
    handlers: { [jobKinds.deliverReferral]: deliver, [jobKinds.deliveryWatchdog]: watchdog },
    recurringJobs: [{ kind: jobKinds.deliveryWatchdog, everyMs: 10 * 60_000 }],
    referralRoutes: router,
  };
}
