import type { AdaptiveCardActionCardResponse } from '@microsoft/teams.api';
import type { IAdaptiveCard } from '@microsoft/teams.cards';

/** The invoke answer that replaces the card the person pressed. */
export const cardResponse = (card: IAdaptiveCard): AdaptiveCardActionCardResponse => ({
  statusCode: 200,
  type: 'application/vnd.microsoft.card.adaptive',
  value: card,
});

/** Teams answers an invoke it cannot get through as an error; say no plainly instead of crashing. */
export const refused = { status: 403 } as const;
