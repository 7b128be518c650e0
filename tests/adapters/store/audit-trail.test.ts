import { afterAll, beforeAll, describe, it, expect } from '@jest/globals';
import { sql } from 'kysely';
import { auditEventHash } from '../../../src/adapters/store/audit-hash.ts';
import { hashedFieldsFromRow } from '../../../src/adapters/store/audit-rows.ts';
import { createKyselyAuditTrail } from '../../../src/adapters/store/kysely-audit-trail.ts';
import type { AuditTrail, NewAuditEvent } from '../../../src/app/ports/audit-trail.ts';
import { createTestDatabase, testDialects, type TestDatabase } from '../../support/database.ts';
import { bypassingAppendOnlyGuard } from './audit-test-helpers.ts';
import { minutesAfter, newTenantId, t0 } from './store-fixtures.ts';

const event = (tenantId: string, n: number, referralId: string | null = 'ref-1'): NewAuditEvent => ({
  tenantId,
  at: minutesAfter(t0, n),
  actorId: 'user-referrer',
  action: 'referral.viewed',
  referralId,
  details: { n, state: 'draft' },
});

for (const dialect of testDialects) {
  describe(`audit trail (${dialect})`, () => {
    let database: TestDatabase;
    let audit: AuditTrail;

    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      audit = createKyselyAuditTrail(database.db, database.dialect);
    });
    afterAll(() => database.destroy());

    const appendMany = async (tenantId: string, count: number) => {
      for (let n = 1; n <= count; n += 1) await audit.append(event(tenantId, n));
    };

    it('numbers events 1, 2, 3 and chains each to the previous hash', async () => {
      const tenantId = newTenantId();
      const first = await audit.append(event(tenantId, 1));
      const second = await audit.append(event(tenantId, 2, null));
      expect(first).toMatchObject({ seq: 1, prevHash: '0'.repeat(64), details: { n: 1, state: 'draft' } });
      expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(second).toMatchObject({ seq: 2, prevHash: first.hash, referralId: null });
      expect(second.at).toEqual(minutesAfter(t0, 2));
      expect(await audit.verify(tenantId)).toEqual({ ok: true, count: 2 });
    });

    it('verifies an empty trail', async () => {
      expect(await audit.verify(newTenantId())).toEqual({ ok: true, count: 0 });
    });

    it('keeps a separate chain per tenant', async () => {
      const [a, b] = [newTenantId(), newTenantId()];
      await appendMany(a, 2);
      expect((await audit.append(event(b, 1))).seq).toBe(1);
      expect(await audit.verify(a)).toEqual({ ok: true, count: 2 });
      expect(await audit.verify(b)).toEqual({ ok: true, count: 1 });
    });

    it("lists a referral's events newest first", async () => {
      const tenantId = newTenantId();
      await audit.append(event(tenantId, 1, 'ref-a'));
      await audit.append(event(tenantId, 2, 'ref-b'));
      await audit.append(event(tenantId, 3, 'ref-a'));
      const listed = await audit.listForReferral(tenantId, 'ref-a');
      expect(listed.map((e) => e.seq)).toEqual([3, 1]);
    });

    it('stores details as canonical JSON, so key order does not matter', async () => {
      const tenantId = newTenantId();
      await audit.append({ ...event(tenantId, 1), details: { b: 1, a: { d: 2, c: [3] } } });
      const row = await database.db
        .selectFrom('audit_events')
        .select('details')
        .where('tenant_id', '=', tenantId)
        .executeTakeFirstOrThrow();
      expect(row.details).toBe('{"a":{"c":[3],"d":2},"b":1}');
    });

    it('rejects UPDATE and DELETE of audit rows in the database itself', async () => {
      const tenantId = newTenantId();
      await appendMany(tenantId, 1);
      await expect(
        database.db
          .updateTable('audit_events')
          .set({ details: '{}' })
          .where('tenant_id', '=', tenantId)
          .execute(),
      ).rejects.toThrow(/append-only/);
      await expect(
        database.db.deleteFrom('audit_events').where('tenant_id', '=', tenantId).execute(),
      ).rejects.toThrow(/append-only/);
      expect(await audit.verify(tenantId)).toEqual({ ok: true, count: 1 });
    });

    if (dialect === 'postgres') {
      it('rejects TRUNCATE of the audit table', async () => {
        await expect(sql`truncate audit_events`.execute(database.db)).rejects.toThrow(/append-only/);
      });
    }

    it('reports the event whose details were changed behind its back', async () => {
      const tenantId = newTenantId();
      await appendMany(tenantId, 3);
      await bypassingAppendOnlyGuard(database, async () => {
        await database.db
          .updateTable('audit_events')
          .set({ details: '{"n":2,"state":"approved"}' })
          .where('tenant_id', '=', tenantId)
          .where('seq', '=', 2)
          .execute();
      });
      expect(await audit.verify(tenantId)).toEqual({ ok: false, brokenAtSeq: 2, reason: 'hash_mismatch' });
    });

    it('reports the next event when a changed event was given a fresh hash', async () => {
      const tenantId = newTenantId();
      await appendMany(tenantId, 3);
      await bypassingAppendOnlyGuard(database, async () => {
        const row = await database.db
          .selectFrom('audit_events')
          .selectAll()
          .where('tenant_id', '=', tenantId)
          .where('seq', '=', 2)
          .executeTakeFirstOrThrow();
        const forged = { ...row, actor_id: 'someone-else' };
        await database.db
          .updateTable('audit_events')
          .set({ actor_id: forged.actor_id, hash: auditEventHash(hashedFieldsFromRow(forged)) })
          .where('tenant_id', '=', tenantId)
          .where('seq', '=', 2)
          .execute();
      });
      expect(await audit.verify(tenantId)).toEqual({
        ok: false,
        brokenAtSeq: 3,
        reason: 'prev_hash_mismatch',
      });
    });

    it('reports a deleted event in the middle and deleted events at the end', async () => {
      const [middle, tail] = [newTenantId(), newTenantId()];
      await appendMany(middle, 3);
      await appendMany(tail, 4);
      await bypassingAppendOnlyGuard(database, async () => {
        await database.db
          .deleteFrom('audit_events')
          .where('tenant_id', '=', middle)
          .where('seq', '=', 2)
          .execute();
        await database.db
          .deleteFrom('audit_events')
          .where('tenant_id', '=', tail)
          .where('seq', '>=', 3)
          .execute();
      });
      expect(await audit.verify(middle)).toEqual({ ok: false, brokenAtSeq: 2, reason: 'sequence_gap' });
      expect(await audit.verify(tail)).toEqual({ ok: false, brokenAtSeq: 3, reason: 'sequence_gap' });
    });

    it('reports a trail whose head was moved back', async () => {
      const tenantId = newTenantId();
      await appendMany(tenantId, 2);
      const first = await database.db
        .selectFrom('audit_events')
        .select('hash')
        .where('tenant_id', '=', tenantId)
        .where('seq', '=', 1)
        .executeTakeFirstOrThrow();
      await database.db
        .updateTable('audit_heads')
        .set({ seq: 2, hash: first.hash })
        .where('tenant_id', '=', tenantId)
        .execute();
      expect(await audit.verify(tenantId)).toEqual({ ok: false, brokenAtSeq: 2, reason: 'head_mismatch' });
    });

    it('hashes any text in an event the way verification recomputes it (quotes, newlines, other scripts, emoji)', async () => {
      const tenantId = newTenantId();
      const awkward = ['"quoted" \\ back', 'line\nbreak\ttab\u0001', 'Łukasz Іван Αλέξης שרה', '👩‍👧 \u2028'];
      for (const [n, text] of awkward.entries()) {
        await audit.append({
          tenantId,
          at: new Date(Date.UTC(2026, 10, 25, 10, n, 0, 7)),
          actorId: `actor "${text}"`,
          action: 'referral.viewed',
          referralId: n % 2 === 0 ? null : `ref-${text}`,
          details: { text, nested: { list: [text, n] } },
        });
      }
      expect(await audit.verify(tenantId)).toEqual({ ok: true, count: awkward.length });
    });

    it('keeps the chain gapless under 60 concurrent appends from two processes', async () => {
      const trails = (await database.openWriters(2)).map((writer) =>
        createKyselyAuditTrail(writer.db, database.dialect),
      );
      const tenantId = newTenantId();
      const events = await Promise.all(
        Array.from({ length: 60 }, (_, i) => trails[i % 2]!.append(event(tenantId, i))),
      );
      expect(events.map((e) => e.seq).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 60 }, (_, i) => i + 1),
      );
      expect(await audit.verify(tenantId)).toEqual({ ok: true, count: 60 });
    });
  });
}
