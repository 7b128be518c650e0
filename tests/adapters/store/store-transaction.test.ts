import { afterAll, beforeAll, describe, it, expect } from '@jest/globals';
import { createKyselyStore } from '../../../src/adapters/store/kysely-store.ts';
import type { Store } from '../../../src/app/ports/store.ts';
import { createTestDatabase, testDialects, type TestDatabase } from '../../support/database.ts';
import { aReferral, newTenantId, t0, testCipher } from './store-fixtures.ts';

for (const dialect of testDialects) {
  describe(`store transactions (${dialect})`, () => {
    let database: TestDatabase;
    let store: Store;

    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      store = createKyselyStore({ db: database.db, dialect, cipher: testCipher() });
    });
    afterAll(() => database.destroy());

    const createWithAuditAndJob = (tenantId: string, fail: boolean) =>
      store.transaction(async (tx) => {
        const number = await tx.references.next(tenantId, 'SSCP', 2026);
        const referral = await tx.referrals.insert(
          aReferral({ tenantId, reference: `SSCP-2026-${String(number).padStart(4, '0')}` }),
        );
        await tx.audit.append({
          tenantId,
          at: t0,
          actorId: 'u',
          action: 'referral.created',
          referralId: referral.id,
          details: {},
        });
        const job = await tx.jobs.enqueue({
          tenantId,
          kind: 'notify',
          payload: { id: referral.id },
          runAt: t0,
          now: t0,
        });
        if (fail) throw new Error('use case failed after writing');
        return { referral, job };
      });

    it('commits a referral, its audit event and its job together', async () => {
      const tenantId = newTenantId();
      const { referral, job } = await createWithAuditAndJob(tenantId, false);
      expect(referral.reference).toBe('SSCP-2026-0001');
      expect(await store.referrals.findById(tenantId, referral.id)).toBeDefined();
      expect(await store.audit.listForReferral(tenantId, referral.id)).toHaveLength(1);
      expect(await store.jobs.findById(job.id)).toBeDefined();
    });

    it('rolls all of them back, and the reference number, when the work throws', async () => {
      const tenantId = newTenantId();
      await expect(createWithAuditAndJob(tenantId, true)).rejects.toThrow('use case failed after writing');
      expect(await store.referrals.listByOwner(tenantId, 'user-referrer')).toEqual([]);
      expect(await store.audit.verify(tenantId)).toEqual({ ok: true, count: 0 });
      expect(
        await database.db.selectFrom('jobs').select('id').where('tenant_id', '=', tenantId).execute(),
      ).toEqual([]);
      expect(await store.references.next(tenantId, 'SSCP', 2026)).toBe(1);
    });

    it('answers a ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });
}
