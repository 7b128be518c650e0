export { openDatabase, type OpenDatabaseOptions } from './open-database.ts';
export type { DatabaseHandle, SqlDialect } from './database-handle.ts';
export { migrateToLatest } from './migrate.ts';
export { createContentCipher, ContentDecryptionError, type ContentCipher } from './content-cipher.ts';
export { createKyselyStore } from './kysely-store.ts';
export { exponentialBackoff } from './exponential-backoff.ts';
