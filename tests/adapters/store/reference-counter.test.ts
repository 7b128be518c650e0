import { afterAll, beforeAll, describe, it, expect } from '@jest/globals';
import { createKyselyReferenceCounter } from '../../../src/adapters/store/kysely-reference-counter.ts';
import { createTestDatabase, testDialects, type TestDatabase } from '../../support/database.ts';
import { newTenantId } from './store-fixtures.ts';

for (const dialect of testDialects) {
  describe(`reference counter (${dialect})`, () => {
    let database: TestDatabase;

    beforeAll(async () => {
      database = await createTestDatabase(dialect);
    });
    afterAll(() => database.destroy());

    it('counts from 1, separately per tenant, prefix and year', async () => {
      const counter = createKyselyReferenceCounter(database.db);
      const [tenant, otherTenant] = [newTenantId(), newTenantId()];
      expect(await counter.next(tenant, 'SSCP', 2026)).toBe(1);
      expect(await counter.next(tenant, 'SSCP', 2026)).toBe(2);
      expect(await counter.next(tenant, 'SSCP', 2027)).toBe(1);
      expect(await counter.next(tenant, 'KSCMP', 2026)).toBe(1);
      expect(await counter.next(otherTenant, 'SSCP', 2026)).toBe(1);
      expect(await counter.next(tenant, 'SSCP', 2026)).toBe(3);
    });

    it('hands out 50 different numbers to 50 concurrent callers from two processes', async () => {
      const other = await database.openAnother({ poolSize: 5 });
      const counters = [createKyselyReferenceCounter(database.db), createKyselyReferenceCounter(other.db)];
      const tenant = newTenantId();
      const numbers = await Promise.all(
        Array.from({ length: 50 }, (_, i) => counters[i % 2]!.next(tenant, 'SSCP', 2026)),
      );
      expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    });
  });
}
