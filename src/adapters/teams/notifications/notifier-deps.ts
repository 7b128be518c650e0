import type { ReferralDeps } from '../../../app/referrals/referral-deps.ts';
import type { Logger } from '../../logging/create-logger.ts';
import type { CardContext } from '../cards/card-context.ts';
import type { BotConnector } from '../connector/bot-connector.ts';
import type { TeamsAppInstaller } from '../graph/graph-app-installer.ts';
import type { TeamsStore } from '../store/teams-store.ts';

/** What the background side of the bot needs: the use cases, its own tables, and the two services. */
export interface NotifierDeps {
  readonly referrals: ReferralDeps;
  readonly teams: TeamsStore;
  readonly connector: BotConnector;
  /** Present when a catalog app id is configured: people who never opened the bot can still be reached. */
  readonly installer: TeamsAppInstaller | undefined;
  /** Service URL for chats found through Graph. */
  readonly connectorEndpoint: string;
  readonly cards: CardContext;
  readonly logger: Logger;
}
