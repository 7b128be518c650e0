import type { Logger } from '../adapters/logging/create-logger.ts';
import { safeErrorFields } from '../adapters/logging/safe-error-fields.ts';
import {
  createContentCipher,
  createKyselyStore,
  migrateToLatest,
  openDatabase,
  type DatabaseHandle,
} from '../adapters/store/index.ts';
import type { Store } from '../app/ports/store.ts';
import type { AppConfig } from '../config/app-config.ts';

/** Opens the configured database, brings its schema up to date and wraps it as the Store port. */
export async function openStore(
  config: AppConfig,
  logger: Logger,
): Promise<{ store: Store; database: DatabaseHandle }> {
  const database = await openDatabase({
    databaseUrl: config.database.url,
    sqliteFile: config.database.sqliteFile,
    postgres: {
      ...(config.database.schema ? { schema: config.database.schema } : {}),
      onIdleClientError: (error) => logger.warn(safeErrorFields(error), 'idle database client failed'),
    },
  });
  try {
    const applied = await migrateToLatest(database);
    if (applied.length > 0) logger.info({ migrations: applied }, 'database migrated');
  } catch (error) {
    await database.close();
    throw error;
  }
  const store = createKyselyStore({
    db: database.db,
    dialect: database.dialect,
    cipher: createContentCipher(config.encryption),
  });
  return { store, database };
}
