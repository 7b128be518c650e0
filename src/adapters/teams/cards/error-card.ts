import type { IAdaptiveCard } from '@microsoft/teams.cards';
import type { ErrorCode } from '../../../domain/errors/index.ts';
import { card, execute, paragraph, title } from './card-kit.ts';
import { cardErrorMessages } from './error-messages.ts';
import { verbs } from './verbs.ts';

/** Something went wrong with a card action: say what, and offer a way on. Never the input itself. */
export function errorCard(code: ErrorCode, referralId?: string): IAdaptiveCard {
  const next = referralId
    ? execute('Show the referral as it is now', verbs.refresh, { referralId })
    : execute('Start a new check', verbs.checkStart, {});
  return card([title('That did not work'), paragraph(cardErrorMessages[code])], {
    actions: [next],
    fallbackText: cardErrorMessages[code],
  });
}
