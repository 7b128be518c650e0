import type { IAdaptiveCard } from '@microsoft/teams.cards';
import type { CardContext } from './card-context.ts';
import { card, execute, openUrl, paragraph, plain, title } from './card-kit.ts';
import { contactsAction } from './contacts.ts';
import { verbs } from './verbs.ts';

const intro = (context: CardContext) => [
  ...(context.devMode ? [paragraph('DEV MODE: sample data, not for real cases.', { attention: true })] : []),
  plain(context.profile.name),
];

const menu = (context: CardContext) => [
  execute('Check a case', verbs.checkStart, {}, { style: 'positive' }),
  openUrl('Open my referrals', context.links.home()),
  openUrl('Read the guidance', context.links.guidance()),
  contactsAction(context.profile),
];

/** On install, or when someone says hi: what the bot is for, and where to start. */
export const welcomeCard = (context: CardContext): IAdaptiveCard =>
  card(
    [
      title('Practice review referrals'),
      ...intro(context),
      paragraph(
        'Check whether a case where a child died or was seriously harmed must be referred for a practice review, start the referral, and follow it through quality assurance.',
      ),
      paragraph('Do not type a child’s details in this chat.', { subtle: true }),
    ],
    { actions: menu(context), fallbackText: 'Practice review referrals: say "check" to check a case.' },
  );

/** Anything the bot does not understand: never silence, always a way on. */
export const helpCard = (context: CardContext): IAdaptiveCard =>
  card(
    [
      title('I did not understand that'),
      ...intro(context),
      paragraph(
        'I can check whether a case should be referred for a practice review. Say "check", or pick one:',
      ),
      paragraph('Please do not type a child’s details in this chat.', { subtle: true }),
    ],
    { actions: menu(context), fallbackText: 'Say "check" to check a case.' },
  );

/** The bot lives in a personal chat; anywhere else it only says so. */
export const personalOnlyCard = (): IAdaptiveCard =>
  card([
    title('Use me in a personal chat'),
    paragraph('Referrals are confidential, so I only work in your personal chat with me.'),
  ]);
