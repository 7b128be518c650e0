import type { App } from '@microsoft/teams.apps';
import type { Clock } from '../../../app/clock.ts';
import { cardMessage, type BotConnector, type ChatAddress, type OutboundCard } from './bot-connector.ts';
import { DeliveryFailure, failureForStatus } from './delivery-failure.ts';

interface HttpFailureShape {
  readonly response?: { readonly status?: number; readonly headers?: Record<string, unknown> };
}

/** The SDK's HTTP client (axios) throws with the response attached; anything without one is a network failure. */
function toFailure(error: unknown, now: Date): DeliveryFailure {
  if (error instanceof DeliveryFailure) return error;
  const response = (error as HttpFailureShape | null)?.response;
  if (typeof response?.status === 'number') {
    return failureForStatus(response.status, response.headers?.['retry-after'], now);
  }
  return new DeliveryFailure('transient', undefined);
}

/**
 * The Bot Connector through the SDK's API client (its token, its service URL handling). The SDK never
 * retries a POST by itself, so a send happens once per call; retries are the outbox's decision.
 */
export function sdkBotConnector(app: Pick<App, 'api'>, clock: Clock): BotConnector {
  const conversations = (chat: ChatAddress) => app.api.clone({ serviceUrl: chat.serviceUrl }).conversations;
  return {
    async send(chat, message: OutboundCard) {
      try {
        const sent = await conversations(chat).createActivity(chat.conversationId, cardMessage(message));
        if (!sent.id) throw new DeliveryFailure('transient', undefined);
        return { activityId: sent.id };
      } catch (error) {
        throw toFailure(error, clock.now());
      }
    },
    async update(chat, activityId, message) {
      try {
        await conversations(chat).updateActivity(chat.conversationId, activityId, cardMessage(message));
      } catch (error) {
        throw toFailure(error, clock.now());
      }
    },
  };
}
