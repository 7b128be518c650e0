import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { createGraphMailTransport } from '../../../src/adapters/graph/graph-mail-transport.ts';
import { devTenantId } from '../../../src/config/app-config.ts';
import { testDialects } from '../../support/database.ts';
import {
  bytesRenderer,
  leaseMs,
  staticGraphToken,
  startDeliveryHarness,
  type DeliveryHarness,
} from '../../support/delivery-harness.ts';
import { startFakeGraph, type FakeGraph } from '../../support/fake-graph.ts';

const sender = 'referrals@health.example';

describe.each(testDialects)('two workers on one database (%s)', (dialect) => {
  let harness: DeliveryHarness;
  let graph: FakeGraph;

  beforeEach(async () => {
    harness = await startDeliveryHarness(dialect);
    graph = await startFakeGraph({ sender, sendOfSentMessage: 'send_again' });
  });
  afterEach(async () => {
    await graph.releaseHung();
    await graph.close();
    await harness.destroy();
  });

  /** Two processes: their own store (own pool on PostgreSQL), transport and worker id. */
  async function twoWorkers(timeoutMs = 5_000) {
    const transport = () =>
      createGraphMailTransport({ endpoint: graph.endpoint, sender, getToken: staticGraphToken, timeoutMs });
    const storeB = await harness.anotherProcessStore();
    const a = harness.worker(
      harness.deliveryDeps(
        transport(),
        bytesRenderer(() => 30_000),
      ),
      'process-a',
    );
    const b = harness.worker(
      harness.deliveryDeps(
        transport(),
        bytesRenderer(() => 30_000),
        storeB,
      ),
      'process-b',
    );
    return { a, b };
  }

  it('polling at the same moment, they send each referral exactly once', async () => {
    const { a, b } = await twoWorkers();
    const ids: string[] = [];
    for (let n = 0; n < 12; n++) ids.push((await harness.approvedReferral()).id);
    for (let round = 0; round < 10; round++) {
      await Promise.all([a.runOnce(), b.runOnce(), a.runOnce(), b.runOnce()]);
      harness.clock.advance(leaseMs + 1);
    }
    for (const id of ids) {
      expect(graph.sentCount(id)).toBe(1);
      expect((await harness.store.referrals.findById(devTenantId, id))?.state).toBe('sent');
    }
    expect(graph.contractViolations).toEqual([]);
  });

  it('a worker stalled in a send past its lease is overtaken, and the message still goes once', async () => {
    const { a, b } = await twoWorkers(60_000);
    const { id } = await harness.approvedReferral();
    graph.inject({ method: 'POST', path: /\/send$/, fault: { action: 'hang' } });
    const stalled = a.runOnce();
    await waitFor(() => graph.requests.some((r) => r.path.endsWith('/send')));

    harness.clock.advance(leaseMs + 1);
    expect(await b.runOnce()).toBe(1);
    expect(await harness.store.deliveries.find(devTenantId, id)).toMatchObject({
      state: 'send_unconfirmed',
      run: 2,
    });
    expect(graph.sentCount(id)).toBe(0);

    // Graph finally processes the stalled send; its worker wakes up, overtaken, and changes nothing.
    await graph.releaseHung({ process: true });
    await stalled;
    expect(await harness.store.deliveries.find(devTenantId, id)).toMatchObject({
      run: 2,
      sendAcceptedAt: null,
    });

    expect(await harness.runUntilSettled(b, id, 11 * 60_000)).toBe('sent');
    expect(graph.sentCount(id)).toBe(1);
    expect(graph.requests.filter((r) => r.path.endsWith('/send'))).toHaveLength(1);
  });

  it('a worker stalled while creating the draft past its lease cannot send the draft it made', async () => {
    const { a, b } = await twoWorkers(60_000);
    const { id } = await harness.approvedReferral();
    graph.inject({ method: 'POST', path: /\/messages$/, fault: { action: 'hang' } });
    const stalled = a.runOnce();
    await waitFor(() => graph.requests.some((r) => r.method === 'POST'));

    harness.clock.advance(leaseMs + 1);
    expect(await harness.runUntilSettled(b, id)).toBe('sent');
    await graph.releaseHung({ process: true });
    await stalled;
    harness.clock.advance(leaseMs + 1);
    await a.runOnce();

    expect(graph.sentCount(id)).toBe(1);
    expect((await harness.store.deliveries.find(devTenantId, id))?.state).toBe('sent');
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let n = 0; n < 500 && !condition(); n++) await new Promise((resolve) => setTimeout(resolve, 10));
  if (!condition()) throw new Error('condition not met');
}
