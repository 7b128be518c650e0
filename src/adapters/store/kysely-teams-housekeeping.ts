import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';

const noReferral = (table: string) =>
  sql<boolean>`not exists (select 1 from referrals r where r.tenant_id = ${sql.ref(`${table}.tenant_id`)} and r.id = ${sql.ref(`${table}.referral_id`)})`;

/**
 * Removes the Teams bot's rows about referrals the retention purge has deleted: which cards were sent,
 * which notices went out, which drafts a card action made. Answers how many rows went.
 */
export async function purgeOrphanedTeamsRows(db: Kysely<Database>): Promise<number> {
  const results = [
    await db.deleteFrom('teams_cards').where(noReferral('teams_cards')).executeTakeFirst(),
    await db.deleteFrom('teams_deliveries').where(noReferral('teams_deliveries')).executeTakeFirst(),
    await db
      .deleteFrom('teams_card_actions')
      .where('referral_id', 'is not', null)
      .where(noReferral('teams_card_actions'))
      .executeTakeFirst(),
  ];
  return results.reduce((sum, r) => sum + Number(r.numDeletedRows), 0);
}
