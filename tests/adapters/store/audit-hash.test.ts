import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { auditEventHash, auditHashTemplate } from '../../../src/adapters/store/audit-hash.ts';

const hex64 = fc.stringMatching(/^[0-9a-f]{64}$/);

describe('audit hash template', () => {
  it('assembles exactly the text auditEventHash hashes, for any field values', () => {
    fc.assert(
      fc.property(
        fc.record({
          tenantId: fc.string({ unit: 'binary' }),
          seq: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
          at: fc.string(),
          actorId: fc.string({ unit: 'grapheme' }),
          action: fc.string(),
          referralId: fc.option(fc.string({ unit: 'binary' }), { nil: null }),
          details: fc.json(),
          prevHash: hex64,
        }),
        (fields) => {
          const { prefix, middle, suffix } = auditHashTemplate(fields);
          const assembled = `${prefix}${String(fields.seq)}${middle}${fields.prevHash}${suffix}`;
          expect(assembled).toBe(
            JSON.stringify([
              'audit-v1',
              fields.tenantId,
              fields.seq,
              fields.at,
              fields.actorId,
              fields.action,
              fields.referralId,
              fields.details,
              fields.prevHash,
            ]),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('changes the hash when any field changes', () => {
    const fields = {
      tenantId: 't',
      seq: 1,
      at: '2026-11-25T10:00:00.000Z',
      actorId: 'a',
      action: 'referral.viewed',
      referralId: null,
      details: '{}',
      prevHash: '0'.repeat(64),
    };
    const base = auditEventHash(fields);
    expect(auditEventHash({ ...fields, seq: 2 })).not.toBe(base);
    expect(auditEventHash({ ...fields, referralId: 'r' })).not.toBe(base);
    expect(auditEventHash({ ...fields, prevHash: '1'.repeat(64) })).not.toBe(base);
  });
});
