import type { Kysely } from 'kysely';
import type { TeamsStore, TeamsStoreRepositories } from '../teams/store/teams-store.ts';
import { createKyselyTeamsCardActions } from './kysely-teams-card-actions.ts';
import { createKyselyTeamsCards } from './kysely-teams-cards.ts';
import { createKyselyTeamsConversations } from './kysely-teams-conversations.ts';
import { createKyselyTeamsDeliveries } from './kysely-teams-deliveries.ts';
import type { Database } from './schema.ts';

function repositories(db: Kysely<Database>): TeamsStoreRepositories {
  return {
    conversations: createKyselyTeamsConversations(db),
    cards: createKyselyTeamsCards(db),
    deliveries: createKyselyTeamsDeliveries(db),
    cardActions: createKyselyTeamsCardActions(db),
  };
}

/** The Teams bot's tables, beside (not inside) the referral Store. */
export function createKyselyTeamsStore(db: Kysely<Database>): TeamsStore {
  return {
    ...repositories(db),
    transaction: (work) => db.transaction().execute((tx) => work(repositories(tx))),
  };
}
