import { devTenantId } from '../../src/config/app-config.ts';
import { devUsers, type DevUserKey } from '../../src/adapters/auth/dev-users.ts';
import { personalChatId } from './fake-graph-teams.ts';

/** A person as Teams shows them to the bot: their Teams id, Entra object id and name. */
export interface TeamsPerson {
  readonly id: string;
  readonly aadObjectId: string;
  readonly name: string;
  /** Their 1:1 chat with the bot. */
  readonly conversationId: string;
}

export const teamsPerson = (key: DevUserKey): TeamsPerson => ({
  id: `29:teams-${key}`,
  aadObjectId: devUsers[key].userId,
  name: devUsers[key].displayName,
  conversationId: personalChatId(devUsers[key].userId),
});

export interface ActivityOptions {
  /** Where the bot replies: the fake Bot Connector. */
  readonly serviceUrl: string;
  readonly tenantId?: string;
  readonly conversationType?: 'personal' | 'groupChat' | 'channel';
}

const bot = { id: '28:practice-review-bot', name: 'Practice review referrals' };
let sequence = 0;

function base(person: TeamsPerson, options: ActivityOptions) {
  const tenantId = options.tenantId ?? devTenantId;
  return {
    id: `activity-in-${++sequence}`,
    channelId: 'msteams',
    serviceUrl: options.serviceUrl,
    timestamp: new Date().toISOString(),
    from: { id: person.id, name: person.name, aadObjectId: person.aadObjectId },
    recipient: bot,
    conversation: {
      id: person.conversationId,
      conversationType: options.conversationType ?? 'personal',
      tenantId,
    },
    channelData: { tenant: { id: tenantId } },
    locale: 'en-GB',
  };
}

export const messageActivity = (person: TeamsPerson, text: string, options: ActivityOptions) => ({
  ...base(person, options),
  type: 'message',
  text,
  textFormat: 'plain',
});

export const installActivity = (person: TeamsPerson, action: 'add' | 'remove', options: ActivityOptions) => ({
  ...base(person, options),
  type: 'installationUpdate',
  action,
});

/** Pressing an Action.Execute button: the action's data merged with the card's input values. */
export const cardActionActivity = (
  person: TeamsPerson,
  verb: string,
  data: Record<string, unknown>,
  options: ActivityOptions & { replyToId?: string; trigger?: 'manual' | 'automatic' },
) => ({
  ...base(person, options),
  type: 'invoke',
  name: 'adaptiveCard/action',
  ...(options.replyToId ? { replyToId: options.replyToId } : {}),
  value: { action: { type: 'Action.Execute', verb, data }, trigger: options.trigger ?? 'manual' },
});

export interface BotResponse {
  readonly status: number;
  readonly body: unknown;
}

export async function postActivity(
  botUrl: string,
  activity: unknown,
  headers: Record<string, string> = {},
): Promise<BotResponse> {
  const response = await fetch(`${botUrl}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof activity === 'string' ? activity : JSON.stringify(activity),
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = text;
  }
  return { status: response.status, body };
}

/** The card an invoke answered with (Universal Actions card response). */
export function invokeCard(response: BotResponse): Record<string, unknown> {
  const body = response.body as
    { statusCode?: number; type?: string; value?: Record<string, unknown> } | undefined;
  if (
    response.status !== 200 ||
    body?.statusCode !== 200 ||
    body.type !== 'application/vnd.microsoft.card.adaptive' ||
    !body.value
  ) {
    throw new Error(`not a card response: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return body.value;
}
