import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the bot made to the Bot Connector. */
export interface ConnectorCall {
  readonly method: 'POST' | 'PUT';
  readonly conversationId: string;
  /** The id Teams gave the message (POST) or the one being replaced (PUT). */
  readonly activityId: string;
  readonly activity: ConnectorActivity;
  readonly authorization: string | undefined;
}

export interface ConnectorActivity {
  readonly type?: string;
  readonly summary?: string;
  readonly attachments?: readonly { contentType: string; content: Record<string, unknown> }[];
  readonly [key: string]: unknown;
}

export type ConnectorFault =
  | { readonly status: 429; readonly retryAfterSeconds?: number }
  | { readonly status: 500 | 502 | 503 | 504 | 400 | 403 | 404 | 412 };

export interface FakeBotConnector {
  /** The service URL to put in activities and config (BOT_CONNECTOR_ENDPOINT). */
  readonly url: string;
  /** Accepted calls only, in order. */
  readonly calls: ConnectorCall[];
  /** Every request, accepted or refused. */
  readonly attempts: { method: string; path: string; status: number }[];
  /** The next `times` calls (of `method`, if given) are answered with `fault` instead. */
  failNext(fault: ConnectorFault, options?: { method?: 'POST' | 'PUT'; times?: number }): void;
  /** Answer 404 ConversationNotFound for this chat from now on, as Teams does for one it no longer has. */
  removeConversation(conversationId: string): void;
  /** The card of each accepted call to a conversation, oldest first. */
  cardsIn(conversationId: string): Record<string, unknown>[];
  /** The card as it now stands in the chat at `activityId` (the last POST or PUT to it). */
  currentCard(conversationId: string, activityId: string): Record<string, unknown> | undefined;
  close(): Promise<void>;
}

const cardOf = (activity: ConnectorActivity) =>
  activity.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

function send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, {
    ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    ...headers,
  });
  res.end(body === undefined ? undefined : JSON.stringify(body));
}

const errorBody = (code: string, message: string) => ({ error: { code, message } });

/**
 * A loopback Bot Connector (Teams' side of proactive messages): POST /v3/conversations/{id}/activities
 * answers 201 {id}, PUT /v3/conversations/{id}/activities/{activityId} answers 200 {id}, with 429
 * (Retry-After) and 5xx injection and a record of every activity, as the real service behaves.
 */
export async function startFakeBotConnector(): Promise<FakeBotConnector> {
  const calls: ConnectorCall[] = [];
  const attempts: { method: string; path: string; status: number }[] = [];
  const faults: { fault: ConnectorFault; method?: string; times: number }[] = [];
  const removed = new Set<string>();
  let sequence = 0;

  const takeFault = (method: string) => {
    const index = faults.findIndex((f) => !f.method || f.method === method);
    if (index < 0) return undefined;
    const entry = faults[index]!;
    entry.times -= 1;
    if (entry.times <= 0) faults.splice(index, 1);
    return entry.fault;
  };

  const server = createServer((req, res) => {
    void (async () => {
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(path);
      const method = req.method ?? '';
      const reply = (status: number, body?: unknown, headers?: Record<string, string>) => {
        attempts.push({ method, path, status });
        send(res, status, body, headers);
      };
      if (!match || (method === 'POST' && match[2]) || (method === 'PUT' && !match[2])) {
        reply(404, errorBody('NotFound', 'No such route.'));
        return;
      }
      if (method !== 'POST' && method !== 'PUT') {
        reply(405, errorBody('MethodNotAllowed', 'Method not allowed.'));
        return;
      }
      const conversationId = decodeURIComponent(match[1]!);
      const body = (await readJson(req)) as ConnectorActivity | undefined;
      const fault = takeFault(method);
      if (fault) {
        if (fault.status === 429) {
          reply(429, errorBody('Throttled', 'Too many requests.'), {
            'Retry-After': String(fault.retryAfterSeconds ?? 1),
          });
        } else reply(fault.status, errorBody('ServiceError', 'The service failed.'));
        return;
      }
      if (removed.has(conversationId)) {
        reply(404, errorBody('ConversationNotFound', 'Conversation not found.'));
        return;
      }
      if (!body || body.type !== 'message') {
        reply(400, errorBody('BadArgument', 'Activity type must be message.'));
        return;
      }
      const activityId = method === 'PUT' ? decodeURIComponent(match[2]!) : `activity-${++sequence}`;
      calls.push({
        method,
        conversationId,
        activityId,
        activity: body,
        authorization: req.headers.authorization,
      });
      reply(method === 'POST' ? 201 : 200, { id: activityId });
    })().catch(() => send(res, 500, errorBody('InternalError', 'Fake failed.')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    attempts,
    failNext(fault, options = {}) {
      faults.push({
        fault,
        ...(options.method ? { method: options.method } : {}),
        times: options.times ?? 1,
      });
    },
    removeConversation: (id) => void removed.add(id),
    cardsIn: (conversationId) =>
      calls
        .filter((c) => c.conversationId === conversationId)
        .flatMap((c) => {
          const card = cardOf(c.activity);
          return card ? [card] : [];
        }),
    currentCard(conversationId, activityId) {
      const last = calls
        .filter((c) => c.conversationId === conversationId && c.activityId === activityId)
        .at(-1);
      return last && cardOf(last.activity);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
