import { initialMigration } from './0001-initial.ts';
import type { StoreMigration } from './store-migration.ts';

/** Listed here rather than read from the folder, so bundling and file layout cannot change what runs. */
export const migrations: Readonly<Record<string, StoreMigration>> = {
  '0001-initial': initialMigration,
};
