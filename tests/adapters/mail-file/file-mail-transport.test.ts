import { describe, it, expect, beforeEach } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileMailTransport } from '../../../src/adapters/mail-file/file-mail-transport.ts';
import { defaultDeliveryOptions } from '../../../src/app/delivery/delivery-deps.ts';
import type { MailTransport, OutgoingMail } from '../../../src/app/ports/mail-transport.ts';
import { devTenantId } from '../../../src/config/app-config.ts';
import { crashingStore, crashingTransport, crashSwitch, Killed } from '../../support/crash-injection.ts';
import { bytesRenderer, leaseMs, startDeliveryHarness, testClock } from '../../support/delivery-harness.ts';
import { decodeHeader, parseEml } from '../../support/parse-eml.ts';

const noHook = { beforeEachRequest: () => Promise.resolve() };
const mail = (referralId: string, overrides: Partial<OutgoingMail> = {}): OutgoingMail => ({
  referralId,
  to: [{ address: 'sscp@salford.gov.uk', name: 'Salford Safeguarding Children Partnership' }],
  cc: [{ address: 'zoë@example.org', name: 'Zoë O’Neill' }],
  subject: 'OFFICIAL-SENSITIVE Practice review referral SSCP-2026-0001',
  html: '<p>Résumé</p>',
  attachments: [
    { name: 'SSCP-2026-0001.pdf', contentType: 'application/pdf', bytes: Buffer.from('%PDF-1.7 body') },
  ],
  ...overrides,
});

describe('the .eml outbox transport', () => {
  let outboxDir: string;
  let transport: MailTransport;
  const id = '0b7c2d1e-1111-4222-8333-444455556666';

  beforeEach(() => {
    outboxDir = join(mkdtempSync(join(tmpdir(), 'prr-eml-')), 'outbox');
    transport = createFileMailTransport({
      outboxDir,
      sender: 'referrals@agency.example',
      clock: testClock(),
    });
  });

  it('keeps a draft out of the outbox until it is sent, then moves it in whole', async () => {
    const draft = await transport.createDraft(mail(id), noHook);
    expect(draft).toMatchObject({ id, isDraft: true, complete: true });
    expect(readdirSync(outboxDir)).toEqual(['.drafts']);
    expect(await transport.findTagged(id)).toMatchObject([{ id, isDraft: true }]);
    await transport.send(id);
    expect(readdirSync(outboxDir).sort()).toEqual(['.drafts', `${id}.eml`]);
    expect(readdirSync(join(outboxDir, '.drafts'))).toEqual([]);
    expect(await transport.getMessage(id)).toMatchObject({ id, isDraft: false });
  });

  it('writes headers a mail client reads: encoded non-ASCII names, the referral header and base64 parts', async () => {
    await transport.createDraft(mail(id), noHook);
    await transport.send(id);
    const eml = parseEml(readFileSync(join(outboxDir, `${id}.eml`)));
    expect(decodeHeader(eml.headers.get('cc') ?? '')).toBe('Zoë O’Neill <zoë@example.org>');
    expect(eml.headers.get('x-prr-referral-id')).toBe(id);
    expect(eml.headers.get('date')).toBe('Wed, 25 Nov 2026 10:00:00 +0000');
    expect(eml.parts.map((p) => p.body.toString('utf8'))).toEqual(['<p>Résumé</p>', '%PDF-1.7 body']);
  });

  it('a second send of the same referral replaces the message rather than adding another', async () => {
    await transport.createDraft(mail(id), noHook);
    await transport.send(id);
    await transport.createDraft(mail(id, { html: '<p>second</p>' }), noHook);
    await transport.send(id);
    expect(readdirSync(outboxDir).filter((f) => f.endsWith('.eml'))).toEqual([`${id}.eml`]);
  });

  it('reports a send of a draft that is not there as not found, and refuses ids that are not file-safe', async () => {
    await expect(transport.send(id)).rejects.toMatchObject({ kind: 'not_found' });
    await expect(transport.getMessage('../etc/passwd')).rejects.toMatchObject({ kind: 'rejected' });
  });
});

describe('the .eml outbox when the process is killed at each step', () => {
  it('ends with one .eml and a sent referral, whichever step the process died at', async () => {
    const harness = await startDeliveryHarness('sqlite');
    const outboxDir = join(mkdtempSync(join(tmpdir(), 'prr-eml-crash-')), 'outbox');
    const crash = crashSwitch();
    const store = crashingStore(crash, harness.store);
    const transport = crashingTransport(
      crash,
      createFileMailTransport({ outboxDir, sender: 'referrals@agency.example', clock: harness.clock }),
    );
    const worker = harness.worker(
      harness.deliveryDeps(
        transport,
        bytesRenderer(() => 50_000),
        store,
      ),
      'w',
      store.jobs,
    );
    const restartAfterMs = leaseMs + defaultDeliveryOptions.unconfirmedSendGraceMs + 1;
    try {
      const clean = await harness.approvedReferral();
      crash.arm(Infinity);
      await worker.runOnce();
      const steps = crash.count;
      crash.disarm();
      expect(steps).toBeGreaterThan(10);
      const ids = [clean.id];
      for (let at = 1; at <= steps; at++) {
        const { id } = await harness.approvedReferral();
        ids.push(id);
        crash.arm(at);
        await worker.runOnce().catch((error: unknown) => {
          if (!(error instanceof Killed)) throw error;
        });
        crash.disarm();
        harness.clock.advance(restartAfterMs);
        expect({ at, state: await harness.runUntilSettled(worker, id, restartAfterMs) }).toEqual({
          at,
          state: 'sent',
        });
      }
      expect(
        readdirSync(outboxDir)
          .filter((f) => f.endsWith('.eml'))
          .sort(),
      ).toEqual(ids.map((i) => `${i}.eml`).sort());
      expect(readdirSync(join(outboxDir, '.drafts')).filter((f) => !f.endsWith('.tmp'))).toEqual([]);
      for (const id of ids)
        expect((await harness.store.deliveries.find(devTenantId, id))?.state).toBe('sent');
    } finally {
      await harness.destroy();
    }
  }, 120_000);
});
