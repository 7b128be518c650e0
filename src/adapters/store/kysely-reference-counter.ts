import { sql, type Kysely } from 'kysely';
import type { ReferenceCounter } from '../../app/ports/reference-counter.ts';
import type { Database } from './schema.ts';

/** One upsert statement: the row lock (PostgreSQL) or the write lock (SQLite) makes each number unique. */
export function createKyselyReferenceCounter(db: Kysely<Database>): ReferenceCounter {
  return {
    async next(tenantId, prefix, year) {
      const row = await db
        .insertInto('reference_counters')
        .values({ tenant_id: tenantId, prefix, year, next_value: 2 })
        .onConflict((oc) =>
          oc
            .columns(['tenant_id', 'prefix', 'year'])
            .doUpdateSet((eb) => ({ next_value: eb('reference_counters.next_value', '+', 1) })),
        )
        .returning(sql<number>`next_value - 1`.as('value'))
        .executeTakeFirstOrThrow();
      return Number(row.value);
    },
  };
}
