import { z } from 'zod';
import { done, type JobContext, type JobResult } from '../jobs/job-handler.ts';
import type { DeliveryRecord } from '../ports/delivery-repository.ts';
import type { Job } from '../ports/job-queue.ts';
import { isMailTransportError } from '../ports/mail-transport.ts';
import { createOrAdoptDraft } from './create-or-adopt-draft.ts';
import type { DeliveryDeps } from './delivery-deps.ts';
import { deliveryRun, PermanentDeliveryError, RunOvertakenError, type DeliveryRun } from './delivery-run.ts';
import type { DeliveryWait, StepResult } from './delivery-step.ts';
import { confirmReferralSent } from './mark-delivery-sent.ts';
import { markDeliveryFailed } from './mark-delivery-failed.ts';
import { reconcileSend } from './reconcile-send.ts';
import { removeStaleDrafts } from './remove-stale-drafts.ts';
import { requestSend } from './request-send.ts';
import { startDeliveryRun } from './start-delivery-run.ts';

const payloadSchema = z.object({ referralId: z.string().min(1).max(64), version: z.number().int() });

/** Enough for the longest path (adopt, send, reconcile, re-send, confirm) with room to spare. */
const maxStepsPerRun = 8;

function step(run: DeliveryRun, delivery: DeliveryRecord): Promise<StepResult> {
  switch (delivery.state) {
    case 'creating':
      return createOrAdoptDraft(run);
    case 'draft_created':
      return requestSend(run, delivery.messageId ?? '');
    case 'send_unconfirmed':
      return reconcileSend(run, delivery);
    case 'sent':
      return Promise.resolve({ next: delivery });
  }
}

async function runSteps(run: DeliveryRun): Promise<DeliveryWait | DeliveryRecord> {
  let delivery = run.start;
  for (let n = 0; n < maxStepsPerRun; n++) {
    if (delivery.state === 'sent') return delivery;
    const result = await step(run, delivery);
    if ('wait' in result) return result.wait;
    delivery = result.next;
  }
  throw new Error('delivery did not settle');
}

async function finishSent(run: DeliveryRun, delivery: DeliveryRecord): Promise<JobResult> {
  const { deps } = run;
  if (run.start.state === 'sent') {
    await deps.store.transaction((tx) => confirmReferralSent(tx, deps, delivery, deps.clock.now()));
  }
  if (run.staleDrafts.size > 0 || run.start.run > 1) {
    await removeStaleDrafts(deps.transport, run.referral.id, delivery.messageId);
  }
  return done;
}

/** Tries again later, or gives up for this round once the profile's attempts (or the job's claims) are used. */
async function notThisTime(run: DeliveryRun, code: string, afterMs?: number): Promise<JobResult> {
  const { job, start, deps } = run;
  if (start.attempts >= deps.profile.delivery.sendAttempts || job.attempts >= job.maxAttempts) {
    await markDeliveryFailed(run, code);
    return done;
  }
  await run.update({ lastError: code });
  return { outcome: 'retry', reason: code, ...(afterMs === undefined ? {} : { afterMs }) };
}

async function settle(run: DeliveryRun, error: unknown): Promise<JobResult> {
  if (error instanceof PermanentDeliveryError) {
    await markDeliveryFailed(run, error.code);
    return done;
  }
  if (isMailTransportError(error)) {
    if (error.kind === 'rejected' || error.kind === 'not_found') {
      await markDeliveryFailed(run, error.code);
      return done;
    }
    return notThisTime(run, error.code, error.retryAfterMs);
  }
  const name = (error as { name?: unknown } | null)?.name;
  return notThisTime(run, typeof name === 'string' && /^\w{1,40}$/.test(name) ? name : 'unknown_error');
}

/**
 * The `deliver.referral` job: sends an approved referral to the partnership mailbox exactly once.
 * Safe to run any number of times, from any step, by any worker: every run takes a fence number,
 * records each step before taking it, and looks in the mailbox before creating or sending anything.
 */
export async function deliverReferral(deps: DeliveryDeps, job: Job, context: JobContext): Promise<JobResult> {
  const payload = payloadSchema.safeParse(job.payload);
  if (!payload.success) return done;
  const start = await startDeliveryRun(deps, job.tenantId, payload.data.referralId);
  if (start.kind === 'nothing') return done;
  if (start.kind === 'sent') {
    if (start.delivery)
      await removeStaleDrafts(deps.transport, start.delivery.referralId, start.delivery.messageId);
    return done;
  }
  const run = deliveryRun(deps, job, context, start.referral, start.delivery);
  try {
    try {
      const outcome = await runSteps(run);
      return 'state' in outcome
        ? await finishSent(run, outcome)
        : await notThisTime(run, outcome.reason, outcome.afterMs);
    } catch (error) {
      if (error instanceof RunOvertakenError) throw error;
      return await settle(run, error);
    }
  } catch (error) {
    if (error instanceof RunOvertakenError) return { outcome: 'retry', reason: error.message };
    throw error;
  }
}
