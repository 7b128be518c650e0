import { z } from 'zod';
import { loadNotificationFacts } from '../../../app/notifications/load-notification-facts.ts';
import {
  noticeKindByJobKind,
  reminderKinds,
  type NoticeKind,
} from '../../../app/notifications/notice-kinds.ts';
import { planNotices } from '../../../app/notifications/plan-notices.ts';
import { done, type JobHandler, type JobResult } from '../../../app/jobs/job-handler.ts';
import type { Job } from '../../../app/ports/job-queue.ts';
import { DeliveryFailure } from '../connector/delivery-failure.ts';
import { deliverNotice } from './deliver-notice.ts';
import type { NotifierDeps } from './notifier-deps.ts';
import { updateReferralCards } from './update-referral-cards.ts';

const eventPayload = z.object({ referralId: z.string().min(1).max(64), version: z.number().int().min(1) });
const reminderPayload = z.object({
  referralId: z.string().min(1).max(64),
  reminder: z.enum(reminderKinds),
  day: z.iso.date(),
});

interface Planned {
  readonly referralId: string;
  readonly kind: NoticeKind;
  readonly eventVersion: number | undefined;
  /** What makes this event's delivery keys unique. */
  readonly eventKey: string;
}

function plannedOf(job: Job): Planned | undefined {
  const eventKind = noticeKindByJobKind[job.kind];
  if (eventKind) {
    const parsed = eventPayload.safeParse(job.payload);
    if (!parsed.success) return undefined;
    const { referralId, version } = parsed.data;
    return {
      referralId,
      kind: eventKind,
      eventVersion: version,
      eventKey: `${job.kind}:${referralId}:${version}`,
    };
  }
  const parsed = reminderPayload.safeParse(job.payload);
  if (!parsed.success) return undefined;
  const { referralId, reminder, day } = parsed.data;
  return {
    referralId,
    kind: reminder,
    eventVersion: undefined,
    eventKey: `${job.kind}:${referralId}:${day}:${reminder}`,
  };
}

async function run(deps: NotifierDeps, job: Job): Promise<void> {
  const planned = plannedOf(job);
  if (!planned) {
    deps.logger.error(
      { jobId: job.id, kind: job.kind },
      'notification job with a malformed payload: dropped',
    );
    return;
  }
  const facts = await loadNotificationFacts(deps.referrals, job.tenantId, planned.referralId);
  if (!facts) return;
  for (const notice of planNotices(planned.kind, facts, planned.eventVersion ?? facts.version)) {
    await deliverNotice(deps, {
      facts,
      kind: notice.kind,
      recipientId: notice.recipientId,
      deliveryKey: `${planned.eventKey}:${notice.recipientId}`,
    });
  }
  await updateReferralCards(deps, facts);
}

/**
 * One handler for every notification job: tell the people the plan names (each once), then update
 * every card about the referral. Bot Connector or Graph 429 → retry after Retry-After; 5xx, timeouts →
 * retry with the worker's backoff.
 */
export function notificationJobHandler(deps: NotifierDeps): JobHandler {
  return async (job): Promise<JobResult> => {
    try {
      await run(deps, job);
      return done;
    } catch (error) {
      if (!(error instanceof DeliveryFailure) || !error.retryable) throw error;
      return {
        outcome: 'retry',
        reason: error.message,
        ...(error.kind === 'throttled' && error.retryAfterMs !== undefined
          ? { afterMs: error.retryAfterMs }
          : {}),
      };
    }
  };
}
