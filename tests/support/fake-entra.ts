import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  calculateJwkThumbprint,
  exportJWK,
  exportSPKI,
  generateKeyPair,
  importJWK,
  SignJWT,
  type CryptoKey,
  type JWK,
  type JWTPayload,
} from 'jose';

export interface FakeEntraOptions {
  readonly tenantId?: string;
  readonly clientId?: string;
  /** The time tokens are minted at; pass the verifier's clock. */
  readonly now?: () => Date;
}

/** Claim overrides for a minted token; `null` leaves the claim out. Times are seconds since the epoch. */
export interface FakeTokenOptions {
  readonly tid?: string;
  readonly oid?: string | null;
  readonly roles?: readonly string[];
  readonly aud?: string;
  readonly iss?: string;
  readonly exp?: number | null;
  readonly nbf?: number;
  readonly ver?: string;
  readonly scp?: string | null;
  readonly name?: string | null;
  readonly preferred_username?: string | null;
  readonly upn?: string;
  /** RSA algorithms other than RS256 sign with the same published key (an allow-list test). */
  readonly alg?: 'RS256' | 'RS384' | 'PS256';
  /** The header kid; defaults to the signing key's own kid. */
  readonly kid?: string;
  /** 'unknown-key': a key pair the fake never publishes. */
  readonly signWith?: 'known' | 'unknown-key';
}

export interface FakeEntra {
  /** http://127.0.0.1:<port>, in place of https://login.microsoftonline.com */
  readonly authorityHost: string;
  readonly tenantId: string;
  readonly clientId: string;
  /** How many JWKS requests arrived (including ones answered 503 or left hanging). */
  readonly jwksRequests: number;
  /** The kid new tokens are signed with. */
  readonly currentKid: string;
  token(options?: FakeTokenOptions): Promise<string>;
  /** Unsigned, `alg: none`. */
  noneToken(options?: FakeTokenOptions): string;
  /** HS256 with the published public key (PEM) as the HMAC secret: the classic algorithm confusion. */
  hs256Token(options?: FakeTokenOptions): Promise<string>;
  /** Publishes a new key alongside the old ones and signs new tokens with it; returns its kid. */
  rotateKeys(): Promise<string>;
  /** Answers JWKS requests with 503. */
  goDown(): void;
  /** Accepts JWKS requests and never answers them. */
  hang(): void;
  comeBackUp(): void;
  close(): Promise<void>;
}

interface SigningKey {
  readonly kid: string;
  readonly privateKey: CryptoKey;
  readonly publicKey: CryptoKey;
  readonly publicJwk: JWK;
}

const keysPath = /^\/([^/]+)\/discovery\/v2\.0\/keys$/;
const tenantSegment =
  /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|common|organizations)$/i;

async function newSigningKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  return { kid: await calculateJwkThumbprint(publicJwk), privateKey, publicKey, publicJwk };
}

const opaque = (bytes: number) => randomBytes(bytes).toString('base64url');

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

/** A loopback stand-in for Microsoft Entra ID: publishes signing keys and mints v2 access tokens. */
export async function startFakeEntra(options: FakeEntraOptions = {}): Promise<FakeEntra> {
  const tenantId = options.tenantId ?? randomUUID();
  const clientId = options.clientId ?? randomUUID();
  const now = options.now ?? (() => new Date());
  const published: SigningKey[] = [await newSigningKey()];
  const unpublished = await newSigningKey();
  let availability: 'up' | 'down' | 'hanging' = 'up';
  let jwksRequests = 0;
  const current = () => published[published.length - 1]!;

  const server = createServer((req, res) => {
    const tenant = keysPath.exec(new URL(req.url ?? '/', 'http://fake').pathname)?.[1];
    if (req.method !== 'GET' || tenant === undefined) return sendJson(res, 404, { error: 'not_found' });
    jwksRequests += 1;
    if (availability === 'hanging') return;
    if (availability === 'down') {
      return sendJson(res, 503, { error: 'temporarily_unavailable' }, { 'Retry-After': '30' });
    }
    if (!tenantSegment.test(tenant)) {
      return sendJson(res, 400, {
        error: 'invalid_tenant',
        error_description: `AADSTS90002: Tenant '${tenant}' not found.`,
      });
    }
    // Like Entra: the tenant endpoint names its issuer, the multi-tenant ones a {tenantid} template.
    const issuerTenant = /^(common|organizations)$/i.test(tenant) ? '{tenantid}' : tenant;
    const issuer = `${authorityHost}/${issuerTenant}/v2.0`;
    const keys = published.map((k) => ({ kty: 'RSA', use: 'sig', kid: k.kid, ...k.publicJwk, issuer }));
    sendJson(res, 200, { keys }, { 'Cache-Control': 'max-age=86400, private' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const authorityHost = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  function claims(o: FakeTokenOptions): JWTPayload {
    const iat = Math.floor(now().getTime() / 1000);
    const tid = o.tid ?? tenantId;
    const all: Record<string, unknown> = {
      aud: o.aud ?? `api://${clientId}`,
      iss: o.iss ?? `${authorityHost}/${tid}/v2.0`,
      iat,
      nbf: o.nbf ?? iat,
      exp: o.exp === undefined ? iat + 3600 : o.exp,
      aio: opaque(96),
      azp: clientId,
      azpacr: '0',
      name: o.name === undefined ? 'Alex Referrer' : o.name,
      oid: o.oid === undefined ? randomUUID() : o.oid,
      preferred_username: o.preferred_username === undefined ? 'alex@example.org' : o.preferred_username,
      rh: `0.${opaque(48)}.`,
      roles: o.roles && o.roles.length > 0 ? [...o.roles] : null,
      scp: o.scp === undefined ? 'access_as_user' : o.scp,
      sub: opaque(32),
      tid,
      upn: o.upn ?? null,
      uti: opaque(16),
      ver: o.ver ?? '2.0',
    };
    return Object.fromEntries(Object.entries(all).filter(([, v]) => v !== null));
  }

  return {
    authorityHost,
    tenantId,
    clientId,
    get jwksRequests() {
      return jwksRequests;
    },
    get currentKid() {
      return current().kid;
    },
    async token(o = {}) {
      const key = o.signWith === 'unknown-key' ? unpublished : current();
      const alg = o.alg ?? 'RS256';
      const privateKey =
        alg === 'RS256' ? key.privateKey : await importJWK(await exportJWK(key.privateKey), alg);
      return new SignJWT(claims(o))
        .setProtectedHeader({ alg, typ: 'JWT', kid: o.kid ?? key.kid })
        .sign(privateKey);
    },
    noneToken(o = {}) {
      const encode = (part: unknown) => Buffer.from(JSON.stringify(part)).toString('base64url');
      return `${encode({ alg: 'none', typ: 'JWT', kid: o.kid ?? current().kid })}.${encode(claims(o))}.`;
    },
    async hs256Token(o = {}) {
      const secret = new TextEncoder().encode(await exportSPKI(current().publicKey));
      return new SignJWT(claims(o))
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT', kid: o.kid ?? current().kid })
        .sign(secret);
    },
    async rotateKeys() {
      published.push(await newSigningKey());
      return current().kid;
    },
    goDown: () => void (availability = 'down'),
    hang: () => void (availability = 'hanging'),
    comeBackUp: () => void (availability = 'up'),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
