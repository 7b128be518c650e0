import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';

/** The issuer of Bot Framework connector tokens in the public cloud. */
export const botFrameworkIssuer = 'https://api.botframework.com';

export interface BotTokenOptions {
  /** Defaults to the bot's app id. */
  readonly aud?: string;
  readonly iss?: string;
  /** The `serviceurl` claim; it must match the activity's serviceUrl. */
  readonly serviceUrl: string;
  /** Seconds from now; negative for an expired token. */
  readonly expiresIn?: number;
  /** 'unknown-key': signed by a key the metadata never publishes. */
  readonly signWith?: 'known' | 'unknown-key';
}

export interface FakeBotFrameworkAuth {
  /** In place of https://login.botframework.com/v1/.well-known/openidconfiguration */
  readonly openIdMetadataUrl: string;
  /** How many times the signing keys were fetched. */
  readonly keyRequests: number;
  /** A connector token as Bot Framework signs it for an activity sent to the bot. */
  mint(options: BotTokenOptions): Promise<string>;
  close(): Promise<void>;
}

interface SigningKey {
  readonly kid: string;
  readonly privateKey: CryptoKey;
  readonly jwk: JWK;
}

async function signingKey(): Promise<SigningKey> {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = randomUUID();
  return { kid, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, use: 'sig', alg: 'RS256' } };
}

/**
 * A loopback stand-in for Bot Framework's token publisher: the OpenID metadata document and the key set at
 * `/v1/.well-known/keys` (the SDK derives it from the metadata address), with keys endorsed for `msteams`
 * as the real one lists them, and RS256 tokens shaped as the Bot Connector sends them.
 */
export async function startFakeBotFrameworkAuth(botAppId: string): Promise<FakeBotFrameworkAuth> {
  const [published, unpublished] = await Promise.all([signingKey(), signingKey()]);
  let keyRequests = 0;
  const server = createServer((req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'GET') return send(405, { error: 'method_not_allowed' });
    if (req.url === '/v1/.well-known/openidconfiguration') {
      return send(200, {
        issuer: botFrameworkIssuer,
        authorization_endpoint: 'https://invalid.botframework.com',
        jwks_uri: `${base}/v1/.well-known/keys`,
        id_token_signing_alg_values_supported: ['RS256'],
        token_endpoint_auth_methods_supported: ['private_key_jwt'],
      });
    }
    if (req.url === '/v1/.well-known/keys') {
      keyRequests += 1;
      return send(200, { keys: [{ ...published.jwk, endorsements: ['msteams'] }] });
    }
    return send(404, { error: 'not_found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;

  return {
    openIdMetadataUrl: `${base}/v1/.well-known/openidconfiguration`,
    get keyRequests() {
      return keyRequests;
    },
    mint(options) {
      const key = options.signWith === 'unknown-key' ? unpublished : published;
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ serviceurl: options.serviceUrl, appid: 'botframework-connector' })
        .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' })
        .setIssuer(options.iss ?? botFrameworkIssuer)
        .setAudience(options.aud ?? botAppId)
        .setIssuedAt(now - 60)
        .setNotBefore(now - 60)
        .setExpirationTime(now + (options.expiresIn ?? 3600))
        .sign(key.privateKey);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
