/** Run as its own process by the migration tests: migrates the SQLite file given as argument. */
import { migrateToLatest } from '../../../src/adapters/store/migrate.ts';
import { openDatabase } from '../../../src/adapters/store/open-database.ts';

const database = await openDatabase({ sqliteFile: process.argv[2] ?? '' });
process.stdout.write(JSON.stringify(await migrateToLatest(database)));
await database.close();
