import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { createGraphMailTransport } from '../../../src/adapters/graph/graph-mail-transport.ts';
import { referralPropertyId } from '../../../src/adapters/graph/graph-tag.ts';
import { createPdfkitReferralRenderer } from '../../../src/adapters/pdf/index.ts';
import type { JobWorker } from '../../../src/adapters/worker/job-worker.ts';
import type { DeliveryDeps } from '../../../src/app/delivery/delivery-deps.ts';
import { jobKinds } from '../../../src/app/jobs/job-kinds.ts';
import { devTenantId } from '../../../src/config/app-config.ts';
import { testDialects } from '../../support/database.ts';
import {
  principalOf,
  staticGraphToken,
  startDeliveryHarness,
  type DeliveryHarness,
} from '../../support/delivery-harness.ts';
import { startFakeGraph, type FakeGraph } from '../../support/fake-graph.ts';

const sender = 'referrals@health.example';
/** A made-up name no code or fixture contains, so any appearance outside the PDF is a leak. */
const childName = 'Wilhelmina Zest-Quorrow';

describe.each(testDialects)('delivering an approved referral through Microsoft Graph (%s)', (dialect) => {
  let harness: DeliveryHarness;
  let graph: FakeGraph;
  let deps: DeliveryDeps;
  let worker: JobWorker;

  beforeEach(async () => {
    harness = await startDeliveryHarness(dialect);
    graph = await startFakeGraph({ sender });
    const transport = createGraphMailTransport({
      endpoint: graph.endpoint,
      sender,
      getToken: staticGraphToken,
      timeoutMs: 10_000,
    });
    deps = harness.deliveryDeps(transport, createPdfkitReferralRenderer());
    worker = harness.worker(deps);
  });
  afterEach(async () => {
    await graph.close();
    await harness.destroy();
  });

  const referral = (id: string) => harness.store.referrals.findById(devTenantId, id);
  const delivery = (id: string) => harness.store.deliveries.find(devTenantId, id);
  const queuedKinds = async (id: string) => {
    const rows = await harness.database.db.selectFrom('jobs').select(['kind', 'payload']).execute();
    return rows.filter((r) => r.payload.includes(id)).map((r) => r.kind);
  };

  it('sends one tagged message with the PDF to the partnership mailbox, copying referrer and PRSG member, and moves the referral to sent', async () => {
    const { id, reference } = await harness.approvedReferral(childName);
    expect(await harness.runUntilSettled(worker, id)).toBe('sent');

    expect(graph.sentCount(id)).toBe(1);
    expect(graph.contractViolations).toEqual([]);
    const [message] = graph.messagesFor(id);
    expect(message).toMatchObject({
      isDraft: false,
      folder: 'sentitems',
      immutableId: true,
      subject: `OFFICIAL-SENSITIVE Practice review referral ${reference}`,
      toRecipients: [
        {
          emailAddress: { address: 'sscp@salford.gov.uk', name: 'Salford Safeguarding Children Partnership' },
        },
      ],
      ccRecipients: [
        { emailAddress: { address: 'alex.morgan@example.org', name: 'Alex Morgan' } },
        { emailAddress: { address: 'priya.shah@health.example', name: 'Priya Shah' } },
      ],
      internetMessageHeaders: [{ name: 'x-prr-referral-id', value: id }],
      singleValueExtendedProperties: [{ id: referralPropertyId, value: id }],
    });
    expect(message?.attachments).toHaveLength(1);
    expect(message?.attachments[0]).toMatchObject({
      name: `${reference}.pdf`,
      contentType: 'application/pdf',
    });
    expect(message?.attachments[0]?.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(message?.body.contentType).toBe('html');
    expect(message?.body.content).toContain(reference);
    expect(`${message?.subject} ${message?.body.content}`).not.toContain(childName);
    expect(`${message?.subject} ${message?.body.content}`).not.toContain('Wilhelmina');

    const sent = await referral(id);
    expect(sent).toMatchObject({ state: 'sent' });
    expect(sent?.sentAt).toBeInstanceOf(Date);
    expect(await delivery(id)).toMatchObject({
      state: 'sent',
      messageId: message?.id,
      internetMessageId: message?.internetMessageId,
      attempts: 1,
    });
    expect(await queuedKinds(id)).toEqual(
      expect.arrayContaining([jobKinds.deliverReferral, jobKinds.notifySent]),
    );
    const actions = (await harness.store.audit.listForReferral(devTenantId, id)).map((e) => e.action);
    expect(actions.slice(0, 2)).toEqual(['referral.confirm_sent', 'referral.start_sending']);
    expect(await harness.store.audit.verify(devTenantId)).toMatchObject({ ok: true });
  });

  it('asks Graph for immutable ids on every request, finds tagged messages by their extended property, and sends no body with send', async () => {
    const { id } = await harness.approvedReferral();
    await harness.runUntilSettled(worker, id);
    const calls = graph.requests.map(
      (r) => `${r.method} ${r.path.replace(/messages\/[^/]+/, 'messages/{id}')}`,
    );
    expect(calls).toEqual([
      `GET /v1.0/users/${sender}/messages`,
      `POST /v1.0/users/${sender}/messages`,
      `POST /v1.0/users/${sender}/messages/{id}/send`,
      `GET /v1.0/users/${sender}/messages/{id}`,
    ]);
    for (const request of graph.requests) expect(request.headers.prefer).toBe('IdType="ImmutableId"');
    const search = graph.requests[0]!;
    expect(search.query.get('$filter')).toBe(
      `singleValueExtendedProperties/Any(ep: ep/id eq '${referralPropertyId}' and ep/value eq '${id}')`,
    );
    expect(search.query.get('$select')).toBe('id,isDraft,hasAttachments,internetMessageId,createdDateTime');
    expect(graph.requests[2]?.bytes).toBe(0);
  });

  it('waits for Retry-After when throttled, then creates the draft once', async () => {
    const { id } = await harness.approvedReferral();
    graph.inject({
      method: 'POST',
      path: /\/messages$/,
      fault: { action: 'throttle', retryAfterSeconds: 7 },
    });
    await worker.runOnce();
    const [job] = await harness.database.db
      .selectFrom('jobs')
      .selectAll()
      .where('kind', '=', jobKinds.deliverReferral)
      .execute();
    expect(job).toMatchObject({ state: 'pending', last_error: '429 TooManyRequests' });
    expect(new Date(job!.run_at).getTime() - harness.clock.now().getTime()).toBe(7_000);
    harness.clock.advance(6_999);
    expect(await worker.runOnce()).toBe(0);
    harness.clock.advance(1);
    expect(await worker.runOnce()).toBe(1);
    expect((await referral(id))?.state).toBe('sent');
    expect(graph.sentCount(id)).toBe(1);
    expect(graph.messagesFor(id)).toHaveLength(1);
  });

  it('sends straight after Retry-After when the send itself is throttled: a 429 was never processed', async () => {
    const { id } = await harness.approvedReferral();
    graph.inject({ method: 'POST', path: /\/send$/, fault: { action: 'throttle', retryAfterSeconds: 3 } });
    await worker.runOnce();
    expect(await delivery(id)).toMatchObject({ state: 'draft_created', lastError: '429 TooManyRequests' });
    harness.clock.advance(3_000);
    await worker.runOnce();
    expect((await referral(id))?.state).toBe('sent');
    expect(graph.sentCount(id)).toBe(1);
    expect(graph.requests.filter((r) => r.path.endsWith('/send'))).toHaveLength(2);
  });

  it('confirms rather than repeats a send Graph accepted before answering 503', async () => {
    const { id } = await harness.approvedReferral();
    graph.inject({ method: 'POST', path: /\/send$/, fault: { action: 'fail_after', status: 503 } });
    expect(await worker.runOnce()).toBe(1);
    expect((await referral(id))?.state).toBe('sent');
    expect(graph.sentCount(id)).toBe(1);
    expect(graph.requests.filter((r) => r.path.endsWith('/send'))).toHaveLength(1);
  });

  it('gives up after the profile’s attempts, tells referrer and PRSG member, and sends once when the partnership retries', async () => {
    await harness.destroy();
    harness = await startDeliveryHarness(dialect, {
      delivery: { copyReferrerAndReviewer: true, sendAttempts: 3 },
    });
    deps = harness.deliveryDeps(deps.transport, deps.renderer);
    worker = harness.worker(deps);
    const { id } = await harness.approvedReferral();
    graph.inject({ method: 'POST', path: /\/messages$/, times: 3, fault: { action: 'fail', status: 503 } });

    expect(await harness.runUntilSettled(worker, id)).toBe('send_failed');
    expect(graph.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/messages'))).toHaveLength(3);
    expect(await delivery(id)).toMatchObject({
      state: 'creating',
      attempts: 3,
      lastError: '503 ServiceUnavailable',
    });
    expect(await queuedKinds(id)).toContain(jobKinds.notifySendFailed);

    const { retrySending } = await import('../../../src/app/delivery/retry-sending.ts');
    const view = await retrySending(harness.referrals, principalOf('partnership'), id);
    expect(view.state).toBe('approved');
    expect(await harness.runUntilSettled(worker, id)).toBe('sent');
    expect(graph.sentCount(id)).toBe(1);
    const actions = (await harness.store.audit.listForReferral(devTenantId, id)).map((e) => e.action);
    expect(actions.slice(0, 5)).toEqual([
      'referral.confirm_sent',
      'referral.start_sending',
      'referral.retry_sending',
      'referral.fail_sending',
      'referral.start_sending',
    ]);
  });

  it('adopts a complete draft an earlier run left instead of creating another', async () => {
    const { id } = await harness.approvedReferral();
    const mail = {
      referralId: id,
      to: [{ address: 'sscp@salford.gov.uk' }],
      cc: [],
      subject: 's',
      html: '<p>x</p>',
    };
    const left = await deps.transport.createDraft(
      {
        ...mail,
        attachments: [{ name: 'a.pdf', contentType: 'application/pdf', bytes: Buffer.from('%PDF-1.7') }],
      },
      { beforeEachRequest: () => Promise.resolve() },
    );
    const before = graph.requests.length;
    await harness.runUntilSettled(worker, id);
    expect(
      graph.requests.slice(before).some((r) => r.method === 'POST' && r.path.endsWith('/messages')),
    ).toBe(false);
    expect(graph.messagesFor(id).map((m) => [m.id, m.isDraft])).toEqual([[left.id, false]]);
  });

  it('sends nothing when the mailbox already holds the sent message', async () => {
    const { id } = await harness.approvedReferral();
    const draft = await deps.transport.createDraft(
      {
        referralId: id,
        to: [{ address: 'sscp@salford.gov.uk' }],
        cc: [],
        subject: 's',
        html: '<p>x</p>',
        attachments: [{ name: 'a.pdf', contentType: 'application/pdf', bytes: Buffer.from('%PDF-1.7') }],
      },
      { beforeEachRequest: () => Promise.resolve() },
    );
    await deps.transport.send(draft.id);
    const sendsBefore = graph.requests.filter((r) => r.path.endsWith('/send')).length;
    expect(await harness.runUntilSettled(worker, id)).toBe('sent');
    expect(graph.requests.filter((r) => r.path.endsWith('/send')).length).toBe(sendsBefore);
    expect(graph.sentCount(id)).toBe(1);
  });
});
