import type { Job } from '../ports/job-queue.ts';
import type { DeliveryChanges, DeliveryRecord } from '../ports/delivery-repository.ts';
import type { ReferralRecord } from '../ports/referral-repository.ts';
import type { JobContext } from '../jobs/job-handler.ts';
import type { DeliveryDeps } from './delivery-deps.ts';

/** This run lost its lease, or a later run began: it must stop and change nothing more. */
export class RunOvertakenError extends Error {
  override readonly name = 'RunOvertakenError';
}

/** A failure that another attempt cannot mend (e.g. Graph refused the message as it stands). */
export class PermanentDeliveryError extends Error {
  override readonly name = 'PermanentDeliveryError';
  readonly code: string;
  constructor(code: string) {
    super(code);
    this.code = code;
  }
}

/** One run of the delivery job for one referral, holding its fence number. */
export interface DeliveryRun {
  readonly deps: DeliveryDeps;
  readonly job: Job;
  /** The referral as it was when the run began (state `sending`). */
  readonly referral: ReferralRecord;
  /** The delivery when the run began; `run` is this run's fence number. */
  readonly start: DeliveryRecord;
  /** Tagged drafts this run saw that it will not send (left by crashed or overtaken runs). */
  readonly staleDrafts: Set<string>;
  /** Renews the job's lease; throws RunOvertakenError when it is lost. */
  checkLease(): Promise<void>;
  /** Records progress while this run is still the latest; throws RunOvertakenError otherwise. */
  update(changes: Omit<DeliveryChanges, 'updatedAt'>): Promise<DeliveryRecord>;
}

export function deliveryRun(
  deps: DeliveryDeps,
  job: Job,
  context: JobContext,
  referral: ReferralRecord,
  start: DeliveryRecord,
): DeliveryRun {
  return {
    deps,
    job,
    referral,
    start,
    staleDrafts: new Set(),
    async checkLease() {
      if (!(await context.renewLease())) throw new RunOvertakenError('lease lost');
    },
    async update(changes) {
      const saved = await deps.store.deliveries.updateIfRun(referral.tenantId, referral.id, start.run, {
        ...changes,
        updatedAt: deps.clock.now(),
      });
      if (!saved) throw new RunOvertakenError('a later run began');
      return saved;
    },
  };
}
