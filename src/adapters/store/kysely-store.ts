import { sql, type Kysely } from 'kysely';
import type { Store, StoreTransaction } from '../../app/ports/store.ts';
import type { ContentCipher } from './content-cipher.ts';
import type { SqlDialect } from './database-handle.ts';
import { createKyselyAuditTrail } from './kysely-audit-trail.ts';
import { createKyselyDeliveryRepository } from './kysely-delivery-repository.ts';
import { createKyselyJobQueue } from './kysely-job-queue.ts';
import { createKyselyReferenceCounter } from './kysely-reference-counter.ts';
import { createKyselyReferralRepository } from './kysely-referral-repository.ts';
import type { Database } from './schema.ts';

export interface KyselyStoreOptions {
  readonly db: Kysely<Database>;
  readonly dialect: SqlDialect;
  readonly cipher: ContentCipher;
}

function repositories(db: Kysely<Database>, dialect: SqlDialect, cipher: ContentCipher): StoreTransaction {
  return {
    referrals: createKyselyReferralRepository(db, cipher),
    audit: createKyselyAuditTrail(db, dialect),
    jobs: createKyselyJobQueue(db, dialect),
    references: createKyselyReferenceCounter(db),
    deliveries: createKyselyDeliveryRepository(db),
  };
}

export function createKyselyStore({ db, dialect, cipher }: KyselyStoreOptions): Store {
  return {
    ...repositories(db, dialect, cipher),
    transaction: (work) => db.transaction().execute((tx) => work(repositories(tx, dialect, cipher))),
    async ping() {
      await sql`select 1`.execute(db);
    },
  };
}
