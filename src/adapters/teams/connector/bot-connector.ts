import type { IAdaptiveCard } from '@microsoft/teams.cards';

export interface ChatAddress {
  readonly conversationId: string;
  readonly serviceUrl: string;
}

export interface OutboundCard {
  readonly card: IAdaptiveCard;
  /** Notification and chat-list preview: our words and the reference only. */
  readonly summary: string;
}

/** Proactive messages and card updates. Throws DeliveryFailure when the service says no. */
export interface BotConnector {
  send(chat: ChatAddress, message: OutboundCard): Promise<{ readonly activityId: string }>;
  update(chat: ChatAddress, activityId: string, message: OutboundCard): Promise<void>;
}

export const cardMessage = ({ card, summary }: OutboundCard) => ({
  type: 'message' as const,
  summary,
  attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive' as const, content: card }],
});
