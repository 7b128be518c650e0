import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { createGraphCredential, graphTokenSource } from '../../../src/adapters/graph/graph-credential.ts';
import { createGraphMailTransport } from '../../../src/adapters/graph/graph-mail-transport.ts';
import type { JobWorker } from '../../../src/adapters/worker/job-worker.ts';
import { retrySending } from '../../../src/app/delivery/retry-sending.ts';
import { defaultDeliveryOptions, type DeliveryDeps } from '../../../src/app/delivery/delivery-deps.ts';
import { jobKinds } from '../../../src/app/jobs/job-kinds.ts';
import { devTenantId } from '../../../src/config/app-config.ts';
import {
  bytesRenderer,
  principalOf,
  staticGraphToken,
  startDeliveryHarness,
  type DeliveryHarness,
} from '../../support/delivery-harness.ts';
import { startFakeEntraToken, type FakeEntraToken } from '../../support/fake-entra-token.ts';
import { startFakeGraph, type FakeGraph } from '../../support/fake-graph.ts';

const sender = 'referrals@health.example';
const graceMs = defaultDeliveryOptions.unconfirmedSendGraceMs;
const tenantId = 'aaaaaaaa-0000-4000-8000-0000000000aa';
const clientId = 'bbbbbbbb-0000-4000-8000-0000000000bb';

describe('delivery when Graph times out, loses messages or refuses tokens', () => {
  let harness: DeliveryHarness;
  let graph: FakeGraph;
  let deps: DeliveryDeps;
  let worker: JobWorker;

  beforeEach(async () => {
    harness = await startDeliveryHarness('sqlite');
    graph = await startFakeGraph({ sender });
    const transport = createGraphMailTransport({
      endpoint: graph.endpoint,
      sender,
      getToken: staticGraphToken,
      timeoutMs: 1_000,
    });
    deps = harness.deliveryDeps(
      transport,
      bytesRenderer(() => 20_000),
    );
    worker = harness.worker(deps);
  });
  afterEach(async () => {
    await graph.releaseHung();
    await graph.close();
    await harness.destroy();
  });

  const referral = (id: string) => harness.store.referrals.findById(devTenantId, id);
  const delivery = (id: string) => harness.store.deliveries.find(devTenantId, id);
  const sends = () => graph.requests.filter((r) => r.path.endsWith('/send')).length;
  const deliverJob = async () =>
    (
      await harness.database.db
        .selectFrom('jobs')
        .selectAll()
        .where('kind', '=', jobKinds.deliverReferral)
        .execute()
    )[0];

  it('confirms, and does not repeat, a send that timed out after Graph processed it', async () => {
    const { id } = await harness.approvedReferral();
    graph.inject({ method: 'POST', path: /\/send$/, fault: { action: 'hang_after' } });
    expect(await worker.runOnce()).toBe(1);
    expect((await referral(id))?.state).toBe('sent');
    expect(graph.sentCount(id)).toBe(1);
    expect(sends()).toBe(1);
  });

  it('does not send again within the grace period after a send timed out unseen, then sends the same draft once', async () => {
    const { id } = await harness.approvedReferral();
    graph.inject({ method: 'POST', path: /\/send$/, fault: { action: 'hang' } });
    await worker.runOnce();
    const waiting = await delivery(id);
    expect(waiting).toMatchObject({ state: 'send_unconfirmed', sendAcceptedAt: null });
    const job = await deliverJob();
    expect(new Date(job!.run_at).getTime()).toBe(waiting!.sendRequestedAt!.getTime() + graceMs);

    harness.clock.advance(graceMs - 1);
    expect(await worker.runOnce()).toBe(0);
    harness.clock.advance(1);
    expect(await worker.runOnce()).toBe(1);
    expect((await referral(id))?.state).toBe('sent');
    expect(sends()).toBe(2);
    expect(graph.messagesFor(id)).toHaveLength(1);
    // The first request, processed late, finds the draft already sent: still one message.
    await graph.releaseHung({ process: true });
    expect(graph.sentCount(id)).toBe(1);
  });

  it('finds the message sent when a hung send went through during the grace period', async () => {
    const { id } = await harness.approvedReferral();
    graph.inject({ method: 'POST', path: /\/send$/, fault: { action: 'hang' } });
    await worker.runOnce();
    await graph.releaseHung({ process: true });
    harness.clock.advance(graceMs);
    await worker.runOnce();
    expect((await referral(id))?.state).toBe('sent');
    expect(sends()).toBe(1);
    expect(graph.sentCount(id)).toBe(1);
  });

  it('after 202 Accepted never sends again, however long the sent copy takes to appear', async () => {
    const { id } = await harness.approvedReferral();
    graph.inject({ method: 'POST', path: /\/send$/, fault: { action: 'defer' } });
    await worker.runOnce();
    expect(await delivery(id)).toMatchObject({ state: 'send_unconfirmed', lastError: 'awaiting_sent_copy' });
    expect((await delivery(id))?.sendAcceptedAt).toBeInstanceOf(Date);
    harness.clock.advance(graceMs * 2);
    await worker.runOnce();
    expect(sends()).toBe(1);
    graph.processDeferred();
    harness.clock.advance(graceMs);
    await worker.runOnce();
    expect((await referral(id))?.state).toBe('sent');
    expect(graph.sentCount(id)).toBe(1);
    expect(sends()).toBe(1);
  });

  it('fails, without a second send, when an accepted message never shows as sent; a retry then finds it', async () => {
    const { id } = await harness.approvedReferral();
    graph.inject({ method: 'POST', path: /\/send$/, fault: { action: 'defer' } });
    expect(await harness.runUntilSettled(worker, id, graceMs)).toBe('send_failed');
    expect(sends()).toBe(1);
    expect(await delivery(id)).toMatchObject({ lastError: 'awaiting_sent_copy' });
    graph.processDeferred();
    await retrySending(harness.referrals, principalOf('partnership'), id);
    expect(await harness.runUntilSettled(worker, id)).toBe('sent');
    expect(sends()).toBe(1);
    expect(graph.sentCount(id)).toBe(1);
  });

  it('stops for a person to decide when the message vanished without a sent copy, and the retry makes a new one', async () => {
    const { id } = await harness.approvedReferral();
    graph.inject({ method: 'POST', path: /\/send$/, fault: { action: 'hang' } });
    await worker.runOnce();
    const { messageId } = (await delivery(id))!;
    await deps.transport.deleteDraft(messageId!);
    harness.clock.advance(graceMs);
    await worker.runOnce();
    expect((await referral(id))?.state).toBe('send_failed');
    expect(await delivery(id)).toMatchObject({ lastError: 'message_missing' });

    await retrySending(harness.referrals, principalOf('partnership'), id);
    expect(await harness.runUntilSettled(worker, id)).toBe('sent');
    expect(graph.sentCount(id)).toBe(1);
  });

  it('keeps a referral in sending while Graph keeps timing out, and fails it after the profile’s attempts', async () => {
    const { id } = await harness.approvedReferral();
    graph.inject({ method: 'GET', path: /\/messages$/, times: 100, fault: { action: 'hang' } });
    await worker.runOnce();
    expect((await referral(id))?.state).toBe('sending');
    expect(await delivery(id)).toMatchObject({ state: 'creating', lastError: 'timeout' });
    expect(await harness.runUntilSettled(worker, id)).toBe('send_failed');
    expect((await delivery(id))?.attempts).toBe(harness.referrals.profile.delivery.sendAttempts);
    expect(graph.sentCount(id)).toBe(0);
  });
});

describe('delivery when the token endpoint fails', () => {
  let harness: DeliveryHarness;
  let graph: FakeGraph;
  let entra: FakeEntraToken;

  beforeEach(async () => {
    harness = await startDeliveryHarness('sqlite');
    entra = await startFakeEntraToken({ tenantId, clientId, clientSecret: 'not-a-real-secret' });
    graph = await startFakeGraph({ sender, acceptToken: (token) => entra.isIssued(token) });
  });
  afterEach(async () => {
    await graph.close();
    await entra.close();
    await harness.destroy();
  });

  it('makes no Graph request without a token, retries, and sends once the endpoint recovers', async () => {
    const credential = createGraphCredential({
      transport: 'graph',
      sender,
      graphEndpoint: graph.endpoint,
      graphScope: `${new URL(graph.endpoint).origin}/.default`,
      requestTimeoutMs: 5_000,
      authorityHost: entra.authorityHost,
      tenantId,
      credential: { kind: 'secret', clientId, clientSecret: 'not-a-real-secret' },
    });
    const transport = createGraphMailTransport({
      endpoint: graph.endpoint,
      sender,
      getToken: graphTokenSource(credential, `${new URL(graph.endpoint).origin}/.default`),
      timeoutMs: 5_000,
    });
    const worker = harness.worker(
      harness.deliveryDeps(
        transport,
        bytesRenderer(() => 10_000),
      ),
    );
    const { id } = await harness.approvedReferral();

    entra.fail('invalid_client');
    await worker.runOnce();
    expect(graph.requests).toHaveLength(0);
    expect((await harness.store.referrals.findById(devTenantId, id))?.state).toBe('sending');
    expect(await harness.store.deliveries.find(devTenantId, id)).toMatchObject({
      lastError: 'token_unavailable',
    });

    entra.recover();
    expect(await harness.runUntilSettled(worker, id)).toBe('sent');
    expect(graph.sentCount(id)).toBe(1);
    expect(entra.tokenRequests).toBeGreaterThanOrEqual(2);
  });
});
