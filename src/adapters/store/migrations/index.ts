import { initialMigration } from './0001-initial.ts';
import { deliveriesMigration } from './0002-deliveries.ts';
import { teamsMigration } from './0003-teams.ts';
import { auditHeadPrevHashMigration } from './0004-audit-head-prev-hash.ts';
import type { StoreMigration } from './store-migration.ts';

/** Listed here rather than read from the folder, so bundling and file layout cannot change what runs. */
export const migrations: Readonly<Record<string, StoreMigration>> = {
  '0001-initial': initialMigration,
  '0002-deliveries': deliveriesMigration,
  '0003-teams': teamsMigration,
  '0004-audit-head-prev-hash': auditHeadPrevHashMigration,
};
