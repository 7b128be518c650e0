import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type GraphFault =
  { readonly status: 429; readonly retryAfterSeconds?: number } | { readonly status: 500 | 503 | 403 };

export interface FakeGraphTeams {
  /** GRAPH_ENDPOINT for the bot. */
  readonly url: string;
  readonly requests: { method: string; path: string; status: number; authorization: string | undefined }[];
  /** Users the app is installed for, by Entra object id. */
  readonly installedFor: ReadonlySet<string>;
  /** The 1:1 chat id between a user and the bot, as Graph would report it. */
  chatIdFor(userId: string): string;
  /** The app is already installed for this user (they opened it themselves). */
  preinstall(userId: string): void;
  failNext(fault: GraphFault, times?: number): void;
  close(): Promise<void>;
}

const errorBody = (code: string, message: string) => ({ error: { code, message, innerError: {} } });

/** The id of a person's 1:1 chat with the bot, the same whether Graph reports it or Teams sends from it. */
export const personalChatId = (userId: string): string => `19:${userId}_bot@unq.gbl.spaces`;

function send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, {
    ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    ...headers,
  });
  res.end(body === undefined ? undefined : JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
}

/**
 * A loopback Microsoft Graph for Teams app installation in a user's personal scope: list installed
 * apps ($filter on teamsApp/id), install (201, empty body; 409 when already installed) and the chat
 * between the user and the app. Not the mail Graph fake (tests/support/fake-graph.ts).
 */
export async function startFakeGraphTeams(
  teamsAppId: string,
  knownUsers?: readonly string[],
): Promise<FakeGraphTeams> {
  const installed = new Set<string>();
  const requests: FakeGraphTeams['requests'] = [];
  const faults: { fault: GraphFault; times: number }[] = [];
  const installationId = (userId: string) => Buffer.from(`${userId}##${teamsAppId}`).toString('base64');
  const chatIdFor = personalChatId;

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const method = req.method ?? '';
      const reply = (status: number, body?: unknown, headers?: Record<string, string>) => {
        requests.push({
          method,
          path: `${url.pathname}${url.search}`,
          status,
          authorization: req.headers.authorization,
        });
        send(res, status, body, headers);
      };
      const fault = faults[0];
      if (fault) {
        fault.times -= 1;
        if (fault.times <= 0) faults.shift();
        if (fault.fault.status === 429) {
          reply(429, errorBody('TooManyRequests', 'Too many requests.'), {
            'Retry-After': String(fault.fault.retryAfterSeconds ?? 1),
          });
        } else reply(fault.fault.status, errorBody('ServiceError', 'Failed.'));
        return;
      }
      const match = /^\/v1\.0\/users\/([^/]+)\/teamwork\/installedApps(?:\/([^/]+)(\/chat)?)?$/.exec(
        url.pathname,
      );
      if (!match) {
        reply(404, errorBody('UnknownError', 'No such route.'));
        return;
      }
      const userId = decodeURIComponent(match[1]!);
      if (knownUsers && !knownUsers.includes(userId)) {
        reply(404, errorBody('Request_ResourceNotFound', `Resource '${userId}' does not exist.`));
        return;
      }
      if (method === 'GET' && !match[2]) {
        const filter = url.searchParams.get('$filter') ?? '';
        const wanted = /teamsApp\/id eq '([^']+)'/.exec(filter)?.[1];
        const apps =
          installed.has(userId) && (!wanted || wanted === teamsAppId)
            ? [
                {
                  id: installationId(userId),
                  teamsApp: {
                    id: teamsAppId,
                    externalId: 'manifest-id',
                    displayName: 'Practice review referrals',
                  },
                },
              ]
            : [];
        reply(200, {
          '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users/teamwork/installedApps',
          value: apps,
        });
        return;
      }
      if (method === 'POST' && !match[2]) {
        const body = await readJson(req);
        const bind = typeof body?.['teamsApp@odata.bind'] === 'string' ? body['teamsApp@odata.bind'] : '';
        if (!bind.endsWith(`/appCatalogs/teamsApps/${teamsAppId}`)) {
          reply(400, errorBody('BadRequest', 'teamsApp@odata.bind must name an app in the catalog.'));
          return;
        }
        if (installed.has(userId)) {
          reply(409, errorBody('Conflict', 'App is already installed.'));
          return;
        }
        installed.add(userId);
        reply(201);
        return;
      }
      if (method === 'GET' && match[2] && match[3]) {
        if (!installed.has(userId) || decodeURIComponent(match[2]) !== installationId(userId)) {
          reply(404, errorBody('NotFound', 'Installation not found.'));
          return;
        }
        reply(200, { id: chatIdFor(userId), chatType: 'oneOnOne', tenantId: 'tenant' });
        return;
      }
      reply(405, errorBody('MethodNotAllowed', 'Method not allowed.'));
    })().catch(() => send(res, 500, errorBody('InternalError', 'Fake failed.')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    installedFor: installed,
    chatIdFor,
    preinstall: (userId) => void installed.add(userId),
    failNext: (fault, times = 1) => void faults.push({ fault, times }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
