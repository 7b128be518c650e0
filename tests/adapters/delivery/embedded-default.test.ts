import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devUsers } from '../../../src/adapters/auth/dev-users.ts';
import type { ReferralView } from '../../../src/app/referrals/referral-view.ts';
import { jobKinds } from '../../../src/app/jobs/job-kinds.ts';
import { devTenantId } from '../../../src/config/app-config.ts';
import { parseMailConfig } from '../../../src/config/mail-config.ts';
import { aChild, aCompleteReferral } from '../../support/referral-builder.ts';
import { startDeliveryHarness, type DeliveryHarness } from '../../support/delivery-harness.ts';
import { startDeliveryTestApp, type DeliveryTestApp } from '../../support/delivery-test-app.ts';
import { decodeHeader, parseEml } from '../../support/parse-eml.ts';

const childName = 'Ottoline Brackenfeather';

describe('the embedded default: approving a referral writes one .eml to the outbox', () => {
  let harness: DeliveryHarness;
  let app: DeliveryTestApp;
  let dataDir: string;

  beforeAll(async () => {
    harness = await startDeliveryHarness('sqlite');
    dataDir = mkdtempSync(join(tmpdir(), 'prr-outbox-'));
    // No MAIL_* settings at all: dev mode defaults to the file transport under DATA_DIR.
    app = await startDeliveryTestApp(harness, parseMailConfig({ DATA_DIR: dataDir }, 'dev'));
  });
  afterAll(async () => {
    await app.close();
    await harness.destroy();
  });

  async function call<T>(
    user: Parameters<DeliveryTestApp['request']>[0],
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) {
    const response = await app.request(user, method, path, body, headers);
    expect(response.status).toBeLessThan(300);
    return (await response.json()) as T;
  }

  /** Through the API, as the referrer and the PRSG member would do it. */
  async function approvedOverHttp(): Promise<ReferralView> {
    const created = await call<ReferralView>('referrer', 'POST', '/api/referrals', {});
    const form = aCompleteReferral({
      children: [aChild({ names: { fullName: childName, otherNames: [] } })],
    });
    await call(
      'referrer',
      'PATCH',
      `/api/referrals/${created.id}`,
      { ...form, referrer: { ...form.referrer, agencyId: 'health' } },
      { 'If-Match': `"${created.version}"` },
    );
    await call('referrer', 'POST', `/api/referrals/${created.id}/submit`, {
      reviewerId: devUsers.reviewer.userId,
    });
    return call<ReferralView>('reviewer', 'POST', `/api/referrals/${created.id}/approve`, {});
  }

  it('moves the referral to sent and leaves exactly one RFC 5322 message with the PDF, named by referral id', async () => {
    const approved = await approvedOverHttp();
    expect(approved.state).toBe('approved');
    expect(await harness.runUntilSettled(app.worker, approved.id)).toBe('sent');

    const outbox = join(dataDir, 'outbox');
    expect(readdirSync(outbox).filter((f) => f.endsWith('.eml'))).toEqual([`${approved.id}.eml`]);
    expect(readdirSync(join(outbox, '.drafts'))).toEqual([]);
    const eml = parseEml(readFileSync(join(outbox, `${approved.id}.eml`)));
    expect(eml.crlfOnly).toBe(true);
    expect(eml.headers.get('mime-version')).toBe('1.0');
    expect(eml.headers.get('message-id')).toMatch(new RegExp(`^<prr-${approved.id}@[^>]+>$`));
    expect(Number.isNaN(Date.parse(eml.headers.get('date') ?? ''))).toBe(false);
    expect(eml.headers.get('from')).toBe('<referrals@practice-review-referral.invalid>');
    expect(eml.headers.get('to')).toBe('"Salford Safeguarding Children Partnership" <sscp@salford.gov.uk>');
    expect(eml.headers.get('cc')).toBe(
      '"Alex Morgan" <alex.morgan@example.org>, "Priya Shah" <priya.shah@health.example>',
    );
    expect(decodeHeader(eml.headers.get('subject') ?? '')).toBe(
      `OFFICIAL-SENSITIVE Practice review referral ${approved.reference}`,
    );
    expect(eml.headers.get('x-prr-referral-id')).toBe(approved.id);
    expect(eml.headers.get('content-type')).toMatch(/^multipart\/mixed; boundary=/);

    const [html, pdf] = eml.parts;
    expect(html?.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html?.body.toString('utf8')).toContain(approved.reference);
    expect(html?.body.toString('utf8')).not.toContain(childName);
    expect(pdf?.headers.get('content-type')).toBe(`application/pdf; name="${approved.reference}.pdf"`);
    expect(pdf?.headers.get('content-disposition')).toBe(`attachment; filename="${approved.reference}.pdf"`);
    expect(pdf?.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf?.body.subarray(-6).toString('latin1')).toMatch(/%%EOF/);

    const referral = await harness.store.referrals.findById(devTenantId, approved.id);
    expect(referral?.sentAt).toBeInstanceOf(Date);
    const viewed = await call<ReferralView>('referrer', 'GET', `/api/referrals/${approved.id}`);
    expect(viewed.state).toBe('sent');
  });

  it('a repeated delivery job for a sent referral leaves the single .eml as it is', async () => {
    const approved = await approvedOverHttp();
    await harness.runUntilSettled(app.worker, approved.id);
    const path = join(dataDir, 'outbox', `${approved.id}.eml`);
    const before = readFileSync(path);
    const now = harness.clock.now();
    await harness.store.jobs.enqueue({
      tenantId: devTenantId,
      kind: jobKinds.deliverReferral,
      payload: { referralId: approved.id, version: approved.version },
      runAt: now,
      now,
      dedupeKey: 'a repeat',
    });
    expect(await app.worker.runOnce()).toBe(1);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(join(dataDir, 'outbox')).filter((f) => f.startsWith(approved.id))).toHaveLength(1);
  });
});
