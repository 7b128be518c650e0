import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { retryAfterMs } from '../../../src/adapters/graph/graph-error.ts';
import {
  createGraphMailTransport,
  largeAttachmentBytes,
} from '../../../src/adapters/graph/graph-mail-transport.ts';
import type { MailTransport, OutgoingMail } from '../../../src/app/ports/mail-transport.ts';
import { startFakeGraph, type FakeGraph } from '../../support/fake-graph.ts';

const sender = 'referrals@health.example';
const referralId = '3f0e2d1c-aaaa-4bbb-8ccc-dddddddddddd';
const noHook = { beforeEachRequest: () => Promise.resolve() };
const mail = (bytes: number): OutgoingMail => ({
  referralId,
  to: [{ address: 'sscp@salford.gov.uk', name: 'SSCP' }],
  cc: [],
  subject: 'OFFICIAL-SENSITIVE Practice review referral SSCP-2026-0001',
  html: '<p>x</p>',
  attachments: [
    { name: 'SSCP-2026-0001.pdf', contentType: 'application/pdf', bytes: Buffer.alloc(bytes, 7) },
  ],
});

describe('the Graph mail transport against a loopback Graph', () => {
  let graph: FakeGraph;
  let transport: MailTransport;

  beforeEach(async () => {
    graph = await startFakeGraph({ sender });
    transport = createGraphMailTransport({
      endpoint: graph.endpoint,
      sender,
      getToken: () => Promise.resolve('fake-graph-token'),
      timeoutMs: 10_000,
    });
  });
  afterEach(async () => {
    await graph.releaseHung();
    await graph.close();
  });

  const posts = (suffix: string) =>
    graph.requests.filter((r) => r.method === 'POST' && r.path.endsWith(suffix));

  it('attaches a file just under 3 MB inline, in the create request', async () => {
    const draft = await transport.createDraft(mail(largeAttachmentBytes - 1), noHook);
    expect(draft).toMatchObject({ isDraft: true, complete: true });
    const body = posts('/messages')[0]?.json as {
      attachments: { '@odata.type': string; contentBytes: string }[];
    };
    expect(body.attachments).toHaveLength(1);
    expect(body.attachments[0]?.['@odata.type']).toBe('#microsoft.graph.fileAttachment');
    expect(posts('/createUploadSession')).toHaveLength(0);
    expect(graph.contractViolations).toEqual([]);
  });

  it('uploads a file of 3 MB or more through an upload session, in chunks, without an Authorization header', async () => {
    const size = 7 * 1024 * 1024 + 5;
    const hook = { calls: 0, beforeEachRequest: () => Promise.resolve(void hook.calls++) };
    const draft = await transport.createDraft(mail(size), hook);
    expect(posts('/messages')[0]?.json).not.toHaveProperty('attachments');
    expect(posts('/createUploadSession')[0]?.json).toEqual({
      AttachmentItem: {
        attachmentType: 'file',
        name: 'SSCP-2026-0001.pdf',
        size,
        contentType: 'application/pdf',
      },
    });
    const puts = graph.requests.filter((r) => r.method === 'PUT');
    expect(puts.map((r) => r.headers['content-range'])).toEqual([
      `bytes 0-3145727/${size}`,
      `bytes 3145728-6291455/${size}`,
      `bytes 6291456-${size - 1}/${size}`,
    ]);
    expect(puts.every((r) => r.headers.authorization === undefined)).toBe(true);
    expect(hook.calls).toBe(5);
    const [stored] = graph.messagesFor(referralId);
    expect(stored?.attachments[0]?.bytes.equals(Buffer.alloc(size, 7))).toBe(true);
    expect(await transport.getMessage(draft.id)).toMatchObject({ complete: true });
  });

  it('keeps the immutable id when the draft is sent, and finds the sent message by its tag', async () => {
    const draft = await transport.createDraft(mail(100), noHook);
    await transport.send(draft.id);
    expect(await transport.getMessage(draft.id)).toMatchObject({ id: draft.id, isDraft: false });
    expect(await transport.findTagged(referralId)).toMatchObject([{ id: draft.id, isDraft: false }]);
    expect(await transport.findTagged('another-referral')).toEqual([]);
  });

  it('reports throttling with the Retry-After delay, and Graph errors by status and code', async () => {
    graph.inject({ path: /\/messages$/, fault: { action: 'throttle', retryAfterSeconds: 7 } });
    await expect(transport.findTagged(referralId)).rejects.toMatchObject({
      kind: 'throttled',
      retryAfterMs: 7_000,
      code: '429 TooManyRequests',
    });
    graph.inject({ method: 'POST', path: /\/messages$/, fault: { action: 'fail', status: 503 } });
    await expect(transport.createDraft(mail(10), noHook)).rejects.toMatchObject({
      kind: 'unavailable',
      code: '503 ServiceUnavailable',
    });
    await expect(transport.send('no-such-message')).rejects.toMatchObject({
      kind: 'not_found',
      code: '404 ErrorItemNotFound',
    });
    expect(await transport.getMessage('no-such-message')).toBeUndefined();
    await expect(
      transport.createDraft({ ...mail(10), to: [] }, noHook).then((d) => transport.send(d.id)),
    ).rejects.toMatchObject({
      kind: 'rejected',
      code: '400 ErrorInvalidRecipients',
    });
  });

  it('names refused credentials unauthorized, and an unknown mailbox not found', async () => {
    const badToken = createGraphMailTransport({
      endpoint: graph.endpoint,
      sender,
      getToken: () => Promise.resolve('stolen'),
      timeoutMs: 5_000,
    });
    await expect(badToken.findTagged(referralId)).rejects.toMatchObject({
      kind: 'unauthorized',
      code: '401 InvalidAuthenticationToken',
    });
    const otherMailbox = createGraphMailTransport({
      endpoint: graph.endpoint,
      sender: 'someone.else@health.example',
      getToken: () => Promise.resolve('fake-graph-token'),
      timeoutMs: 5_000,
    });
    await expect(otherMailbox.findTagged(referralId)).rejects.toMatchObject({
      kind: 'not_found',
      code: '404 ErrorInvalidUser',
    });
  });

  it('gives up on a request after its timeout, reports it as unavailable, and never repeats it', async () => {
    const draft = await transport.createDraft(mail(10), noHook);
    graph.inject({ method: 'POST', path: /\/send$/, fault: { action: 'hang' } });
    const impatient = createGraphMailTransport({
      endpoint: graph.endpoint,
      sender,
      getToken: () => Promise.resolve('fake-graph-token'),
      timeoutMs: 300,
    });
    await expect(impatient.send(draft.id)).rejects.toMatchObject({ kind: 'unavailable', code: 'timeout' });
    expect(posts('/send')).toHaveLength(1);
  });

  it('reports a refused connection as unavailable', async () => {
    await graph.close();
    await expect(transport.findTagged(referralId)).rejects.toMatchObject({
      kind: 'unavailable',
      code: 'network',
    });
    graph = await startFakeGraph({ sender });
  });
});

describe('Retry-After', () => {
  it('is read as seconds or as an HTTP date', () => {
    const now = Date.parse('Wed, 25 Nov 2026 10:00:00 GMT');
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Wed, 25 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Wed, 25 Nov 2026 09:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs(null, now)).toBeUndefined();
    expect(retryAfterMs('soon', now)).toBeUndefined();
  });
});
