import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { devUsers } from '../../../src/adapters/auth/dev-users.ts';
import {
  cardActionActivity,
  installActivity,
  invokeCard,
  messageActivity,
  postActivity,
} from '../../support/teams-activities.ts';
import { startFakeBotFrameworkAuth } from '../../support/fake-bot-framework-auth.ts';
import { people } from './support/bot-flows.ts';
import { startBotTestApp, type BotTestApp } from './support/bot-test-app.ts';
import { actionVerbs, cardText } from './support/card-inspection.ts';

const foreignTenant = '7f0c1e55-3a2b-4c1d-9e8f-112233445566';

describe('talking to the bot', () => {
  let app: BotTestApp;
  beforeAll(async () => {
    app = await startBotTestApp();
  });
  afterAll(() => app.close());

  const options = () => ({ serviceUrl: app.serviceUrl });
  const lastCardTo = (conversationId: string) => app.connector.cardsIn(conversationId).at(-1) ?? {};

  it.each(['hi', 'Hello!', 'start', 'check', 'Check '])('greets "%s" with the welcome card', async (text) => {
    const response = await postActivity(app.baseUrl, messageActivity(people.referrer, text, options()));
    expect(response.status).toBe(200);
    const card = lastCardTo(people.referrer.conversationId);
    expect(cardText(card)).toContain('Practice review referrals');
    expect(actionVerbs(card)).toContain('check.start');
  });

  it('answers anything it does not understand with the help card, never silence', async () => {
    const before = app.connector.calls.length;
    await postActivity(
      app.baseUrl,
      messageActivity(people.referrer, 'what about the Smith family?', options()),
    );
    expect(app.connector.calls.length).toBe(before + 1);
    const card = lastCardTo(people.referrer.conversationId);
    expect(cardText(card)).toContain('I did not understand that');
    expect(cardText(card)).not.toContain('Smith');
  });

  it('welcomes someone who installs it and remembers their chat for later cards', async () => {
    await postActivity(app.baseUrl, installActivity(people.otherReferrer, 'add', options()));
    expect(cardText(lastCardTo(people.otherReferrer.conversationId))).toContain('Practice review referrals');
  });

  it('asks to be used in a personal chat when added to a group chat', async () => {
    const group = { ...people.referrer, conversationId: '19:group-chat@thread.v2' };
    await postActivity(
      app.baseUrl,
      messageActivity(group, 'hi', { ...options(), conversationType: 'groupChat' }),
    );
    expect(cardText(lastCardTo(group.conversationId))).toContain('Use me in a personal chat');
    const invoke = await postActivity(
      app.baseUrl,
      cardActionActivity(group, 'check.start', {}, { ...options(), conversationType: 'groupChat' }),
    );
    expect(cardText(invokeCard(invoke))).toContain('Use me in a personal chat');
  });

  it('refuses a tenant that is not allowed, for messages and card actions alike', async () => {
    const before = app.connector.calls.length;
    const message = await postActivity(
      app.baseUrl,
      messageActivity(people.referrer, 'hi', { ...options(), tenantId: foreignTenant }),
    );
    const invoke = await postActivity(
      app.baseUrl,
      cardActionActivity(people.referrer, 'check.start', {}, { ...options(), tenantId: foreignTenant }),
    );
    expect([message.status, invoke.status]).toEqual([403, 403]);
    expect(app.connector.calls.length).toBe(before);
  });

  it('refuses an activity without the sender’s Entra object id', async () => {
    const activity = messageActivity(people.referrer, 'hi', options());
    const anonymous = { ...activity, from: { id: activity.from.id, name: activity.from.name } };
    expect((await postActivity(app.baseUrl, anonymous)).status).toBe(403);
  });

  it('answers a malformed request with a 400 and keeps running', async () => {
    expect((await postActivity(app.baseUrl, '{"type": "message", ')).status).toBe(400);
    expect((await postActivity(app.baseUrl, { type: 'message', text: 'hi' })).status).toBe(400);
    const activity = messageActivity(people.referrer, 'hi', options());
    expect((await postActivity(app.baseUrl, { ...activity, serviceUrl: 'javascript:alert(1)' })).status).toBe(
      400,
    );
    expect((await postActivity(app.baseUrl, activity)).status).toBe(200);
  });

  it('answers an invoke the app does not declare with a 400', async () => {
    const activity = {
      ...cardActionActivity(people.referrer, 'x', {}, options()),
      name: 'composeExtension/query',
    };
    expect((await postActivity(app.baseUrl, activity)).status).toBe(400);
  });

  it('answers an unknown verb or malformed card data with an error card', async () => {
    for (const [verb, data] of [
      ['referral.destroy', {}],
      ['refresh', { referralId: 'not-an-id' }],
      ['referral.approve', { referralId: devUsers.referrer.userId }],
      ['referral.start', { checkId: 'x' }],
    ] as const) {
      const card = invokeCard(
        await postActivity(app.baseUrl, cardActionActivity(people.referrer, verb, data, options())),
      );
      expect(cardText(card)).toContain('That did not work');
    }
    const bad = await postActivity(app.baseUrl, {
      ...cardActionActivity(people.referrer, 'check.start', {}, options()),
      value: { action: { type: 'Action.Submit', data: {} } },
    });
    expect(cardText(invokeCard(bad))).toContain('That card action could not be read.');
  });
});

describe('bot authentication', () => {
  it('checks Bot Framework tokens whenever bot credentials are configured, even in dev mode', async () => {
    const app = await startBotTestApp({
      env: { BOT_ID: '9d6b3d1e-2f4a-4c5b-8e7f-0a1b2c3d4e5f', BOT_PASSWORD: 'not-a-real-secret' },
    });
    try {
      const activity = messageActivity(people.referrer, 'hi', { serviceUrl: app.serviceUrl });
      expect((await postActivity(app.baseUrl, activity)).status).toBe(401);
      expect(
        (await postActivity(app.baseUrl, activity, { Authorization: 'Bearer not.a.token' })).status,
      ).toBe(401);
      expect(app.connector.calls).toHaveLength(0);
      expect(app.logLines.join('')).not.toContain('not-a-real-secret');
    } finally {
      await app.close();
    }
  });
});

describe('bot authentication with a Bot Framework token service', () => {
  const botId = '9d6b3d1e-2f4a-4c5b-8e7f-0a1b2c3d4e5f';

  it('accepts a card action with a valid connector token, and refuses the wrong audience, service, key or time', async () => {
    const tokens = await startFakeBotFrameworkAuth(botId);
    const app = await startBotTestApp({
      env: {
        BOT_ID: botId,
        BOT_PASSWORD: 'not-a-real-secret',
        BOT_OPENID_METADATA_URL: tokens.openIdMetadataUrl,
      },
    });
    try {
      const activity = cardActionActivity(people.referrer, 'check.start', {}, { serviceUrl: app.serviceUrl });
      const withToken = async (options: Parameters<typeof tokens.mint>[0]) =>
        postActivity(app.baseUrl, activity, { Authorization: `Bearer ${await tokens.mint(options)}` });

      const accepted = await withToken({ serviceUrl: app.serviceUrl });
      expect(accepted.status).toBe(200);
      expect(cardText(invokeCard(accepted))).toContain('step 1 of');
      expect(tokens.keyRequests).toBeGreaterThan(0);

      for (const refused of [
        { serviceUrl: app.serviceUrl, aud: '00000000-0000-0000-0000-000000000001' },
        { serviceUrl: 'https://smba.example/other-service' },
        { serviceUrl: app.serviceUrl, iss: 'https://sts.example/not-bot-framework' },
        { serviceUrl: app.serviceUrl, expiresIn: -600 },
        { serviceUrl: app.serviceUrl, signWith: 'unknown-key' as const },
      ]) {
        expect([refused, (await withToken(refused)).status]).toEqual([refused, 401]);
      }
    } finally {
      await app.close();
      await tokens.close();
    }
  });
});

describe('replies Teams will not take', () => {
  it('logs a reply the Bot Connector refuses and still answers Teams with 200', async () => {
    const app = await startBotTestApp();
    try {
      app.connector.failNext({ status: 429, retryAfterSeconds: 1 });
      const response = await postActivity(
        app.baseUrl,
        messageActivity(people.referrer, 'hi', { serviceUrl: app.serviceUrl }),
      );
      expect(response.status).toBe(200);
      expect(app.logLines.join('')).toContain('could not reply in Teams');
    } finally {
      await app.close();
    }
  });
});
