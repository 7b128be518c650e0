import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devUsers, type DevUserKey } from '../../../src/adapters/auth/dev-users.ts';
import { createFileMailTransport } from '../../../src/adapters/mail-file/file-mail-transport.ts';
import { MailTransportError, type MailTransport } from '../../../src/app/ports/mail-transport.ts';
import type { ReferralView } from '../../../src/app/referrals/referral-view.ts';
import { devTenantId } from '../../../src/config/app-config.ts';
import { parseMailConfig } from '../../../src/config/mail-config.ts';
import { aCompleteReferral } from '../../support/referral-builder.ts';
import { startDeliveryHarness, type DeliveryHarness } from '../../support/delivery-harness.ts';
import { startDeliveryTestApp, type DeliveryTestApp } from '../../support/delivery-test-app.ts';

describe('GET /api/referrals/:id/document.pdf and POST /api/referrals/:id/retry-sending', () => {
  let harness: DeliveryHarness;
  let app: DeliveryTestApp;
  let mailboxDown = false;

  beforeAll(async () => {
    harness = await startDeliveryHarness('sqlite');
    const dataDir = mkdtempSync(join(tmpdir(), 'prr-routes-'));
    const mail = parseMailConfig({ DATA_DIR: dataDir }, 'dev');
    const outbox = createFileMailTransport({
      outboxDir: join(dataDir, 'outbox'),
      sender: 'a@b.example',
      clock: harness.clock,
    });
    const refusing = () => Promise.reject(new MailTransportError('rejected', '400 ErrorInvalidRecipients'));
    const transport: MailTransport = {
      confirmsImmediately: true,
      findTagged: (id) => (mailboxDown ? refusing() : outbox.findTagged(id)),
      createDraft: (m, o) => (mailboxDown ? refusing() : outbox.createDraft(m, o)),
      send: (id) => (mailboxDown ? refusing() : outbox.send(id)),
      getMessage: (id) => (mailboxDown ? refusing() : outbox.getMessage(id)),
      deleteDraft: (id) => outbox.deleteDraft(id),
    };
    app = await startDeliveryTestApp(harness, mail, { transport });
  });
  afterAll(async () => {
    await app.close();
    await harness.destroy();
  });

  async function json<T>(
    user: DevUserKey,
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) {
    const response = await app.request(user, method, path, body, headers);
    return { status: response.status, body: (await response.json()) as T, headers: response.headers };
  }

  async function aReferral(until: 'incomplete' | 'draft' | 'submitted' | 'approved'): Promise<ReferralView> {
    const created = await json<ReferralView>('referrer', 'POST', '/api/referrals', {});
    if (until === 'incomplete') return created.body;
    const form = aCompleteReferral();
    await json(
      'referrer',
      'PATCH',
      `/api/referrals/${created.body.id}`,
      { ...form, referrer: { ...form.referrer, agencyId: 'health' } },
      { 'If-Match': `"${created.body.version}"` },
    );
    if (until === 'draft') return created.body;
    const submitted = await json<ReferralView>(
      'referrer',
      'POST',
      `/api/referrals/${created.body.id}/submit`,
      { reviewerId: devUsers.reviewer.userId },
    );
    if (until === 'submitted') return submitted.body;
    return (await json<ReferralView>('reviewer', 'POST', `/api/referrals/${created.body.id}/approve`, {}))
      .body;
  }

  const pdfStatus = async (user: DevUserKey | null, id: string) =>
    (await app.request(user, 'GET', `/api/referrals/${id}/document.pdf`)).status;

  it('gives the PDF as a download, never cached, named by the reference', async () => {
    const referral = await aReferral('submitted');
    const response = await app.request('reviewer', 'GET', `/api/referrals/${referral.id}/document.pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="${referral.reference}.pdf"`,
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(Number(response.headers.get('content-length'))).toBe(bytes.length);
  });

  it('is for those who may read the referral; anyone else gets the same 404 as for no referral', async () => {
    const submitted = await aReferral('submitted');
    expect(await pdfStatus('referrer', submitted.id)).toBe(200);
    expect(await pdfStatus('reviewer', submitted.id)).toBe(200);
    expect(await pdfStatus('other-reviewer', submitted.id)).toBe(404);
    expect(await pdfStatus('other-referrer', submitted.id)).toBe(404);
    expect(await pdfStatus('partnership', submitted.id)).toBe(404);
    expect(await pdfStatus(null, submitted.id)).toBe(401);
    expect(await pdfStatus('referrer', crypto.randomUUID())).toBe(404);
    expect(await pdfStatus('referrer', 'not-an-id')).toBe(404);
    const approved = await aReferral('approved');
    expect(await pdfStatus('partnership', approved.id)).toBe(200);
  });

  it('audits every read of the document', async () => {
    const referral = await aReferral('draft');
    expect(await pdfStatus('referrer', referral.id)).toBe(200);
    const events = await harness.store.audit.listForReferral(devTenantId, referral.id);
    expect(events[0]).toMatchObject({ action: 'referral.document_read', actorId: devUsers.referrer.userId });
  });

  it('refuses the PDF of a draft that is not complete yet, naming what is missing', async () => {
    const referral = await aReferral('incomplete');
    const response = await app.request('referrer', 'GET', `/api/referrals/${referral.id}/document.pdf`);
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(((await response.json()) as { code: string }).code).toBe('NOT_READY_TO_SUBMIT');
  });

  it('lets the partnership retry a failed delivery, which then sends; others may not', async () => {
    mailboxDown = true;
    const approved = await aReferral('approved');
    expect(await harness.runUntilSettled(app.worker, approved.id)).toBe('send_failed');
    const failed = await json<ReferralView>('partnership', 'GET', `/api/referrals/${approved.id}`);
    expect(failed.body.capabilities).toContain('retry_sending');

    expect((await json('referrer', 'POST', `/api/referrals/${approved.id}/retry-sending`, {})).status).toBe(
      403,
    );
    expect(
      (await json('other-referrer', 'POST', `/api/referrals/${approved.id}/retry-sending`, {})).status,
    ).toBe(404);
    expect(
      (await json('partnership', 'POST', `/api/referrals/${approved.id}/retry-sending`, { now: true }))
        .status,
    ).toBe(400);

    mailboxDown = false;
    const retried = await json<ReferralView>(
      'partnership',
      'POST',
      `/api/referrals/${approved.id}/retry-sending`,
      {},
    );
    expect(retried.status).toBe(200);
    expect(retried.body.state).toBe('approved');
    expect(retried.headers.get('etag')).toBe(`"${retried.body.version}"`);
    const repeated = await json<ReferralView>(
      'partnership',
      'POST',
      `/api/referrals/${approved.id}/retry-sending`,
      {},
    );
    expect(repeated.status).toBe(200);

    expect(await harness.runUntilSettled(app.worker, approved.id)).toBe('sent');
    const late = await json<{ code: string; state: string }>(
      'partnership',
      'POST',
      `/api/referrals/${approved.id}/retry-sending`,
      {},
    );
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: 'INVALID_TRANSITION', state: 'sent' });
  });
});
