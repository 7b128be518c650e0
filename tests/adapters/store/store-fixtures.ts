import { randomBytes, randomUUID } from 'node:crypto';
import type { NewReferral } from '../../../src/app/ports/referral-repository.ts';
import { createContentCipher, type ContentCipher } from '../../../src/adapters/store/content-cipher.ts';

export const testKeys = new Map([
  ['k1', randomBytes(32)],
  ['k2', randomBytes(32)],
]);

export function testCipher(activeKeyId = 'k1'): ContentCipher {
  return createContentCipher({ keys: testKeys, activeKeyId });
}

/** Each test works in its own tenant, so tests sharing a database never see each other's rows. */
export function newTenantId(): string {
  return `tenant-${randomUUID()}`;
}

export const t0 = new Date('2026-03-02T09:00:00.000Z');

export function minutesAfter(start: Date, minutes: number): Date {
  return new Date(start.getTime() + minutes * 60_000);
}

export function aReferral(overrides: Partial<NewReferral> & Pick<NewReferral, 'tenantId'>): NewReferral {
  return {
    id: randomUUID(),
    reference: `SSCP-2026-${randomBytes(3).toString('hex')}`,
    state: 'draft',
    ownerId: 'user-referrer',
    agencyId: 'agency-health',
    reviewerId: null,
    dueBy: '2026-03-09',
    createdAt: t0,
    updatedAt: t0,
    submittedAt: null,
    decidedAt: null,
    sentAt: null,
    content: { children: [{ name: 'Test Child' }], incident: { description: 'factual summary' } },
    ...overrides,
  };
}
