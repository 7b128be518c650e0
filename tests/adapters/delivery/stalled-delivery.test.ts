import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { createGraphMailTransport } from '../../../src/adapters/graph/graph-mail-transport.ts';
import type { JobWorker } from '../../../src/adapters/worker/job-worker.ts';
import {
  requeueStalledDeliveries,
  stalledAfterMs,
} from '../../../src/app/delivery/requeue-stalled-deliveries.ts';
import { jobKinds } from '../../../src/app/jobs/job-kinds.ts';
import { devTenantId } from '../../../src/config/app-config.ts';
import { testDialects } from '../../support/database.ts';
import {
  bytesRenderer,
  staticGraphToken,
  startDeliveryHarness,
  type DeliveryHarness,
} from '../../support/delivery-harness.ts';
import { startFakeGraph, type FakeGraph } from '../../support/fake-graph.ts';

const sender = 'referrals@health.example';

describe.each(testDialects)('the delivery watchdog (%s)', (dialect) => {
  let harness: DeliveryHarness;
  let graph: FakeGraph;
  let worker: JobWorker;

  beforeEach(async () => {
    harness = await startDeliveryHarness(dialect);
    graph = await startFakeGraph({ sender });
    const transport = createGraphMailTransport({
      endpoint: graph.endpoint,
      sender,
      getToken: staticGraphToken,
      timeoutMs: 5_000,
    });
    worker = harness.worker(
      harness.deliveryDeps(
        transport,
        bytesRenderer(() => 30_000),
      ),
    );
  });
  afterEach(async () => {
    await graph.close();
    await harness.destroy();
  });

  /** What a delivery job looks like after its last claim was lost with the process: dead, nothing sent. */
  const killDeliveryJobs = (referralId: string) =>
    harness.database.db
      .updateTable('jobs')
      .set({ state: 'dead', lease_owner: null, lease_expires_at: null })
      .where('kind', '=', jobKinds.deliverReferral)
      .where('dedupe_key', 'like', `${referralId}:%`)
      .execute();

  const history = async (referralId: string) =>
    (await harness.store.audit.listForReferral(devTenantId, referralId)).map((e) => e.action);

  it('gives an approved referral whose delivery job died a new one, and it is sent exactly once', async () => {
    const { id } = await harness.approvedReferral();
    await killDeliveryJobs(id);
    expect(await harness.runUntilSettled(worker, id, 1_000, 3)).toBe('approved');

    harness.clock.advance(stalledAfterMs + 1);
    expect(await requeueStalledDeliveries(harness.referrals)).toEqual({ requeued: 1 });
    expect(await requeueStalledDeliveries(harness.referrals)).toEqual({ requeued: 0 });
    expect(await harness.runUntilSettled(worker, id)).toBe('sent');
    expect(graph.sentCount(id)).toBe(1);
    expect(await history(id)).toContain('referral.delivery_requeued');
  });

  it('picks up a referral left `sending` with its send unconfirmed, without sending it twice', async () => {
    const { id } = await harness.approvedReferral();
    // The message really goes but the answer is lost, Graph cannot confirm it for now, and then the job
    // dies with its last claim.
    graph.inject({ method: 'POST', path: /\/send$/, fault: { action: 'fail_after', status: 503 } });
    graph.inject({ method: 'GET', path: /messages/, times: 20, fault: { action: 'fail', status: 503 } });
    await worker.runOnce();
    await killDeliveryJobs(id);
    const stuck = await harness.store.referrals.findById(devTenantId, id);
    expect(stuck?.state).toBe('sending');
    graph.clearFaults();

    harness.clock.advance(stalledAfterMs + 1);
    expect(await requeueStalledDeliveries(harness.referrals)).toEqual({ requeued: 1 });
    expect(await harness.runUntilSettled(worker, id)).toBe('sent');
    expect(graph.sentCount(id)).toBe(1);
  });

  it('leaves alone a delivery that has a job waiting, one changed recently, and one already sent', async () => {
    const sent = await harness.approvedReferral();
    expect(await harness.runUntilSettled(worker, sent.id)).toBe('sent');
    const waiting = await harness.approvedReferral();
    const recent = await harness.approvedReferral();
    await killDeliveryJobs(recent.id);

    expect(await requeueStalledDeliveries(harness.referrals)).toEqual({ requeued: 0 });
    harness.clock.advance(stalledAfterMs + 1);
    await killDeliveryJobs(sent.id);
    const requeued = await requeueStalledDeliveries(harness.referrals);
    expect(requeued).toEqual({ requeued: 1 });
    expect(await history(waiting.id)).not.toContain('referral.delivery_requeued');
    expect(await history(recent.id)).toContain('referral.delivery_requeued');
    expect(await history(sent.id)).not.toContain('referral.delivery_requeued');
  });
});
