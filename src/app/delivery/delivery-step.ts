import type { DeliveryRecord } from '../ports/delivery-repository.ts';

/** Not a failure: the run stops and the job comes back later (after `afterMs`, else the worker's backoff). */
export interface DeliveryWait {
  readonly reason: string;
  readonly afterMs?: number;
}

/** What one step of the protocol leaves: the delivery as now recorded, or a reason to come back later. */
export type StepResult = { readonly next: DeliveryRecord } | { readonly wait: DeliveryWait };

export const byCreatedThenId = (a: { createdAt: Date; id: string }, b: { createdAt: Date; id: string }) =>
  a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
