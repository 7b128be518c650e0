import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  messageJson,
  newMessage,
  nowIso,
  parseTagFilter,
  validPropertyId,
  type FakeMessage,
} from './fake-graph-mailbox.ts';
import { checkMessageBody } from './graph-contract.ts';

/**
 * What to do to a matching request instead of (or after) answering it normally:
 * - `throttle`: 429 with Retry-After before processing;
 * - `fail`: an error status before processing;
 * - `fail_after`: process it (a send really sends), then answer with an error status;
 * - `hang`: hold it without processing until `releaseHung()` (which can process it late);
 * - `hang_after`: process it, then never answer;
 * - `defer`: answer as if processed (202 for a send) but process it only at `processDeferred()` — how
 *   Exchange behaves when the sent copy takes a while to appear.
 */
export type FakeGraphFault =
  | { readonly action: 'throttle'; readonly retryAfterSeconds: number }
  | { readonly action: 'fail' | 'fail_after'; readonly status: number }
  | { readonly action: 'hang' | 'hang_after' | 'defer' };

export interface FaultRule {
  readonly method?: string;
  readonly path: RegExp;
  /** How many matching requests it applies to (default 1). */
  readonly times?: number;
  readonly fault: FakeGraphFault;
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingMessage['headers'];
  readonly json: unknown;
  readonly bytes: number;
}

export interface FakeGraphOptions {
  /** The mailbox the app sends from; other mailboxes are unknown users. */
  readonly sender: string;
  /** Whether a bearer token is good (default: only `fake-graph-token`). */
  readonly acceptToken?: (token: string) => boolean;
  /**
   * What `send` does to a message that is no longer a draft. Graph documents sending drafts only;
   * `refuse` (default) answers 400. `send_again` is the worst case — another copy goes out — so a test
   * can show the protocol never relies on a second send being refused.
   */
  readonly sendOfSentMessage?: 'refuse' | 'send_again';
}

export interface FakeGraph {
  /** e.g. http://127.0.0.1:<port>/v1.0, in place of https://graph.microsoft.com/v1.0 */
  readonly endpoint: string;
  readonly requests: readonly RecordedRequest[];
  /** Bodies that did not validate against the Graph mail contract. Tests expect none. */
  readonly contractViolations: readonly string[];
  readonly messages: readonly FakeMessage[];
  inject(rule: FaultRule): void;
  clearFaults(): void;
  /** Messages that actually went out, tagged with this referral id (any extended property value). */
  sentCount(referralId: string): number;
  messagesFor(referralId: string): FakeMessage[];
  /** Processes the requests answered early by a `defer` fault. */
  processDeferred(): void;
  /** Answers (and, with `process`, first processes) every held request. */
  releaseHung(options?: { process: boolean }): Promise<void>;
  close(): Promise<void>;
}

const maxRequestBytes = 4 * 1024 * 1024;
const maxChunkBytes = 4 * 1024 * 1024;

interface Handled {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

class GraphError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, req: IncomingMessage, handled: Handled) {
  if (res.destroyed || res.writableEnded) return;
  const requestId = randomUUID();
  const headers: Record<string, string> = {
    'request-id': requestId,
    'client-request-id': String(req.headers['client-request-id'] ?? requestId),
    ...handled.headers,
  };
  if (handled.body === undefined) {
    res.writeHead(handled.status, { ...headers, 'Content-Length': '0' });
    res.end();
    return;
  }
  res.writeHead(handled.status, {
    ...headers,
    'Content-Type':
      'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8',
  });
  res.end(JSON.stringify(handled.body));
}

/** Graph's error JSON: `{ error: { code, message, innerError: { date, request-id, client-request-id } } }`. */
function errorHandled(
  req: IncomingMessage,
  error: GraphError,
  headers: Record<string, string> = {},
): Handled {
  return {
    status: error.status,
    headers,
    body: {
      error: {
        code: error.code,
        message: error.message,
        innerError: {
          date: new Date().toISOString().slice(0, 19),
          'request-id': randomUUID(),
          'client-request-id': String(req.headers['client-request-id'] ?? randomUUID()),
        },
      },
    },
  };
}

const referralIdsOf = (m: FakeMessage) => m.singleValueExtendedProperties.map((p) => p.value);

/**
 * A loopback stand-in for the Microsoft Graph mail API, behaving as Microsoft documents it: drafts
 * created with `POST /users/{id}/messages` (immutable ids with `Prefer: IdType="ImmutableId"`), `send`
 * answered 202 with no body, `$filter` on single-value extended properties across all folders, upload
 * sessions for large attachments, the standard error JSON, and Retry-After on 429. Faults are injected
 * per request; `sentCount` says how many messages really went out.
 */
export async function startFakeGraph(options: FakeGraphOptions): Promise<FakeGraph> {
  const acceptToken = options.acceptToken ?? ((token: string) => token === 'fake-graph-token');
  const messages: FakeMessage[] = [];
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const rules: { rule: FaultRule; left: number }[] = [];
  const hung: { process: () => Handled; req: IncomingMessage; res: ServerResponse }[] = [];
  const deferred: (() => Handled)[] = [];
  const uploads = new Map<
    string,
    {
      messageId: string;
      size: number;
      received: Buffer[];
      offset: number;
      name: string;
      contentType: string | undefined;
    }
  >();
  let base = '';

  const findMessage = (id: string) => {
    const message = messages.find((m) => m.id === id);
    if (!message)
      throw new GraphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
    return message;
  };

  const faultFor = (method: string, path: string): FakeGraphFault | undefined => {
    const entry = rules.find(
      (r) => r.left > 0 && (!r.rule.method || r.rule.method === method) && r.rule.path.test(path),
    );
    if (!entry) return undefined;
    entry.left -= 1;
    return entry.rule.fault;
  };

  function createMessage(req: IncomingMessage, json: unknown): Handled {
    const contract = checkMessageBody(json);
    if (!contract.ok) {
      violations.push(`POST messages: ${contract.errors}`);
      throw new GraphError(400, 'RequestBodyRead', 'The request body does not match the message resource.');
    }
    const body = json as Record<string, unknown>;
    const headers = (body.internetMessageHeaders as { name: string }[] | undefined) ?? [];
    if (headers.length > 5 || headers.some((h) => !/^x-/i.test(h.name))) {
      throw new GraphError(
        400,
        'InvalidInternetMessageHeader',
        'The internet message header name should start with x- or X-.',
      );
    }
    const props = (body.singleValueExtendedProperties as { id: string }[] | undefined) ?? [];
    if (props.some((p) => !validPropertyId(p.id))) {
      throw new GraphError(400, 'ErrorInvalidProperty', 'The extended property id is not valid.');
    }
    const immutable = /IdType="ImmutableId"/.test(String(req.headers.prefer ?? ''));
    const message = newMessage(body, immutable, options.sender);
    messages.push(message);
    return {
      status: 201,
      headers: {
        Location: `${base}/users/${encodeURIComponent(options.sender)}/messages/${encodeURIComponent(message.id)}`,
        ...(immutable ? { 'Preference-Applied': 'IdType="ImmutableId"' } : {}),
      },
      body: {
        '@odata.context': `${base}/$metadata#users('${options.sender}')/messages/$entity`,
        ...messageJson(message, options.sender, undefined),
      },
    };
  }

  function sendMessage(id: string): Handled {
    const message = findMessage(id);
    if (!message.isDraft && options.sendOfSentMessage === 'send_again') {
      messages.push({
        ...message,
        id: `${message.id.slice(0, -4)}COPY${messages.length}=`,
        sentDateTime: nowIso(),
      });
      return { status: 202 };
    }
    if (!message.isDraft)
      throw new GraphError(400, 'ErrorInvalidOperation', 'Only draft messages can be sent.');
    if (message.toRecipients.length === 0)
      throw new GraphError(400, 'ErrorInvalidRecipients', 'At least one recipient is not valid.');
    message.isDraft = false;
    message.folder = 'sentitems';
    message.sentDateTime = nowIso();
    message.lastModifiedDateTime = message.sentDateTime;
    // Without an immutable id the copy in Sent Items is a new item with a new id.
    if (!message.immutableId) message.id = `${message.id.slice(0, -4)}SENT=`;
    return { status: 202 };
  }

  function listMessages(query: URLSearchParams): Handled {
    const filter = query.get('$filter');
    const tag = filter === null ? undefined : parseTagFilter(filter);
    if (filter !== null && !tag) throw new GraphError(400, 'BadRequest', 'Invalid filter clause');
    const select = query.get('$select')?.split(',');
    const top = Number(query.get('$top') ?? 10);
    const found = messages.filter(
      (m) =>
        !tag ||
        m.singleValueExtendedProperties.some(
          (p) => p.id.toLowerCase() === tag.id.toLowerCase() && p.value === tag.value,
        ),
    );
    return {
      status: 200,
      body: {
        '@odata.context': `${base}/$metadata#users('${options.sender}')/messages`,
        value: found.slice(0, top).map((m) => messageJson(m, options.sender, select)),
      },
    };
  }

  function createUploadSession(messageId: string, json: unknown): Handled {
    const message = findMessage(messageId);
    const item = (
      json as {
        AttachmentItem?: { attachmentType?: string; name?: string; size?: number; contentType?: string };
      }
    )?.AttachmentItem;
    if (
      !item ||
      item.attachmentType !== 'file' ||
      !item.name ||
      !Number.isInteger(item.size) ||
      (item.size ?? 0) <= 0
    ) {
      violations.push('createUploadSession: AttachmentItem needs attachmentType "file", name and size');
      throw new GraphError(400, 'ErrorInvalidRequest', 'AttachmentItem is not valid.');
    }
    const token = randomUUID();
    uploads.set(token, {
      messageId: message.id,
      size: item.size ?? 0,
      received: [],
      offset: 0,
      name: item.name,
      contentType: item.contentType,
    });
    return {
      status: 201,
      body: {
        '@odata.context': `${base}/$metadata#microsoft.graph.uploadSession`,
        uploadUrl: `${base.replace(/\/v1\.0$/, '')}/upload/${token}?authtoken=opaque`,
        expirationDateTime: new Date(Date.now() + 3_600_000).toISOString(),
        nextExpectedRanges: ['0-'],
      },
    };
  }

  function putChunk(token: string, req: IncomingMessage, bytes: Buffer): Handled {
    const upload = uploads.get(token);
    if (!upload) throw new GraphError(404, 'ErrorItemNotFound', 'The upload session was not found.');
    if (req.headers.authorization) {
      violations.push('upload PUT carried an Authorization header');
      throw new GraphError(
        401,
        'InvalidAuthenticationToken',
        'Do not send an Authorization header to the upload URL.',
      );
    }
    const range = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(String(req.headers['content-range'] ?? ''));
    const [start, end, total] = range
      ? [Number(range[1]), Number(range[2]), Number(range[3])]
      : [NaN, NaN, NaN];
    if (
      !range ||
      start !== upload.offset ||
      total !== upload.size ||
      end - start + 1 !== bytes.length ||
      bytes.length > maxChunkBytes
    ) {
      violations.push(`upload PUT with a bad Content-Range ${String(req.headers['content-range'])}`);
      throw new GraphError(400, 'InvalidContentRange', 'The Content-Range header is not valid.');
    }
    upload.received.push(bytes);
    upload.offset = end + 1;
    if (upload.offset < upload.size) {
      return {
        status: 200,
        body: {
          expirationDateTime: new Date(Date.now() + 3_600_000).toISOString(),
          nextExpectedRanges: [String(upload.offset)],
        },
      };
    }
    uploads.delete(token);
    const message = findMessage(upload.messageId);
    const attachmentId = randomUUID();
    message.attachments.push({
      id: attachmentId,
      name: upload.name,
      contentType: upload.contentType,
      bytes: Buffer.concat(upload.received),
    });
    return {
      status: 201,
      headers: {
        Location: `${base}/users/${encodeURIComponent(options.sender)}/messages/${encodeURIComponent(message.id)}/attachments/${attachmentId}`,
      },
    };
  }

  /** Routes a Graph request; throws GraphError for the documented error answers. */
  function route(
    method: string,
    path: string,
    query: URLSearchParams,
    req: IncomingMessage,
    json: unknown,
  ): () => Handled {
    const mailbox = /^\/v1\.0\/users\/([^/]+)(\/.*)$/.exec(path);
    if (!mailbox)
      throw new GraphError(
        400,
        'BadRequest',
        `Resource not found for the segment '${path.split('/')[2] ?? ''}'.`,
      );
    if (decodeURIComponent(mailbox[1]!).toLowerCase() !== options.sender.toLowerCase()) {
      throw new GraphError(
        404,
        'ErrorInvalidUser',
        `The requested user '${decodeURIComponent(mailbox[1]!)}' is invalid.`,
      );
    }
    const rest = mailbox[2]!;
    const message = /^\/messages\/([^/]+)(\/.*)?$/.exec(rest);
    const id = message ? decodeURIComponent(message[1]!) : '';
    const action = message?.[2] ?? '';
    if (rest === '/messages' && method === 'POST') return () => createMessage(req, json);
    if (rest === '/messages' && method === 'GET') return () => listMessages(query);
    if (message && !action && method === 'GET') {
      return () => ({
        status: 200,
        body: messageJson(findMessage(id), options.sender, query.get('$select')?.split(',')),
      });
    }
    if (message && action === '/send' && method === 'POST') return () => sendMessage(id);
    if (message && action === '/permanentDelete' && method === 'POST') {
      return () => {
        findMessage(id);
        messages.splice(
          messages.findIndex((m) => m.id === id),
          1,
        );
        return { status: 204 };
      };
    }
    if (message && action === '/attachments/createUploadSession' && method === 'POST')
      return () => createUploadSession(id, json);
    throw new GraphError(405, 'Request_BadRequest', 'The HTTP method is not allowed for this resource.');
  }

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      const bytes = await readBody(req);
      let json: unknown;
      try {
        json =
          bytes.length > 0 && !url.pathname.startsWith('/upload/')
            ? (JSON.parse(bytes.toString('utf8')) as unknown)
            : undefined;
      } catch {
        send(
          res,
          req,
          errorHandled(req, new GraphError(400, 'BadRequest', 'Unable to read JSON request payload.')),
        );
        return;
      }
      requests.push({
        method: req.method ?? '',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        json,
        bytes: bytes.length,
      });
      const answer = (work: () => Handled): Handled => {
        try {
          return work();
        } catch (error) {
          if (error instanceof GraphError) return errorHandled(req, error);
          throw error;
        }
      };
      const fault = faultFor(req.method ?? '', url.pathname);
      if (fault?.action === 'throttle') {
        const throttled = new GraphError(
          429,
          'TooManyRequests',
          'Application is over its MailboxConcurrency limit.',
        );
        send(res, req, errorHandled(req, throttled, { 'Retry-After': String(fault.retryAfterSeconds) }));
        return;
      }
      if (fault?.action === 'fail') {
        send(
          res,
          req,
          errorHandled(
            req,
            new GraphError(
              fault.status,
              fault.status >= 500 ? 'ServiceUnavailable' : 'BadRequest',
              'Injected failure.',
            ),
          ),
        );
        return;
      }
      let work: () => Handled;
      if (url.pathname.startsWith('/upload/')) {
        const token = url.pathname.slice('/upload/'.length);
        work = () => putChunk(token, req, bytes);
      } else {
        const bearer = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1];
        if (!bearer || !acceptToken(bearer)) {
          send(
            res,
            req,
            errorHandled(req, new GraphError(401, 'InvalidAuthenticationToken', 'Access token is empty.'), {
              'WWW-Authenticate': 'Bearer',
            }),
          );
          return;
        }
        if (bytes.length > maxRequestBytes) {
          send(
            res,
            req,
            errorHandled(
              req,
              new GraphError(413, 'RequestEntityTooLarge', 'The request is larger than 4 MB.'),
            ),
          );
          return;
        }
        try {
          work = route(req.method ?? '', url.pathname, url.searchParams, req, json);
        } catch (error) {
          if (!(error instanceof GraphError)) throw error;
          send(res, req, errorHandled(req, error));
          return;
        }
      }
      if (fault?.action === 'hang') {
        hung.push({ process: () => answer(work), req, res });
        return;
      }
      if (fault?.action === 'defer') {
        deferred.push(() => answer(work));
        send(res, req, { status: req.method === 'POST' && url.pathname.endsWith('/send') ? 202 : 204 });
        return;
      }
      const handled = answer(work);
      if (fault?.action === 'hang_after') return;
      if (fault?.action === 'fail_after') {
        send(
          res,
          req,
          errorHandled(
            req,
            new GraphError(fault.status, 'ServiceUnavailable', 'Injected failure after processing.'),
          ),
        );
        return;
      }
      send(res, req, handled);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1.0`;

  return {
    endpoint: base,
    requests,
    contractViolations: violations,
    messages,
    inject: (rule) => void rules.push({ rule, left: rule.times ?? 1 }),
    clearFaults: () => void rules.splice(0),
    sentCount: (referralId) =>
      messages.filter((m) => !m.isDraft && referralIdsOf(m).includes(referralId)).length,
    messagesFor: (referralId) => messages.filter((m) => referralIdsOf(m).includes(referralId)),
    processDeferred: () => void deferred.splice(0).forEach((work) => work()),
    async releaseHung({ process } = { process: false }) {
      for (const held of hung.splice(0)) {
        const handled = process ? held.process() : { status: 503 };
        send(held.res, held.req, handled);
      }
      await Promise.resolve();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
