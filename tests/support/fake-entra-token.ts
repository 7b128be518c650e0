import { randomBytes, randomUUID, X509Certificate, type KeyObject } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getCACertificates, setDefaultCACertificates } from 'node:tls';
import { jwtVerify } from 'jose';
import { selfSignedCertificate } from './self-signed-certificate.ts';

export interface FakeEntraTokenOptions {
  readonly tenantId: string;
  readonly clientId: string;
  /** The secret a client-secret credential must present. */
  readonly clientSecret?: string;
  /** The public key of the certificate a certificate credential signs its assertion with. */
  readonly certificateKey?: KeyObject;
}

export interface FakeEntraToken {
  /** https://127.0.0.1:<port>, in place of https://login.microsoftonline.com */
  readonly authorityHost: string;
  readonly tokenRequests: number;
  /** True for an access token this endpoint issued (the fake Graph accepts only those). */
  isIssued(token: string): boolean;
  /** `invalid_client`: 401 AADSTS7000215; `down`: 503. */
  fail(mode: 'invalid_client' | 'down'): void;
  recover(): void;
  close(): Promise<void>;
}

interface TlsIdentity {
  readonly certificatePem: string;
  readonly privateKeyPem: string;
}

const isTrusted = (pem: string) => {
  const fingerprint = new X509Certificate(pem).fingerprint256;
  return getCACertificates('default').some((ca) => new X509Certificate(ca).fingerprint256 === fingerprint);
};

/**
 * The fake's certificate, trusted by this process's TLS clients (MSAL accepts only https authorities).
 * One per process: Node applies `setDefaultCACertificates` only until its first TLS connection, and
 * jest gives every test file fresh module state, so the certificate is kept in a file named by pid
 * (and made anew when that file is left over from an earlier process with the same pid).
 */
function trustedCertificate(): TlsIdentity {
  const file = join(tmpdir(), `prr-fake-entra-tls-${process.pid}.json`);
  if (existsSync(file)) {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as TlsIdentity;
    if (isTrusted(kept.certificatePem)) return kept;
  }
  const { certificatePem, privateKeyPem } = selfSignedCertificate();
  setDefaultCACertificates([...getCACertificates('default'), certificatePem]);
  writeFileSync(file, JSON.stringify({ certificatePem, privateKeyPem }), { mode: 0o600 });
  return { certificatePem, privateKeyPem };
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

const aadError = (error: string, code: number, description: string) => ({
  error,
  error_description: `AADSTS${code}: ${description} Trace ID: ${randomUUID()} Correlation ID: ${randomUUID()} Timestamp: ${new Date().toISOString()}`,
  error_codes: [code],
  timestamp: new Date().toISOString(),
  trace_id: randomUUID(),
  correlation_id: randomUUID(),
});

/**
 * A loopback stand-in for the Microsoft Entra ID v2.0 token endpoint (client credentials grant), over
 * TLS because MSAL refuses plain-http authorities: OpenID metadata, client secret or certificate
 * assertion, AADSTS error bodies.
 */
export async function startFakeEntraToken(options: FakeEntraTokenOptions): Promise<FakeEntraToken> {
  const tls = trustedCertificate();
  const issued = new Set<string>();
  let mode: 'up' | 'invalid_client' | 'down' = 'up';
  let tokenRequests = 0;
  let host = '';

  async function token(form: URLSearchParams, res: ServerResponse) {
    tokenRequests += 1;
    if (mode === 'down')
      return sendJson(res, 503, aadError('temporarily_unavailable', 90_033, 'Service unavailable.'));
    if (form.get('grant_type') !== 'client_credentials' || form.get('client_id') !== options.clientId) {
      return sendJson(
        res,
        400,
        aadError('unauthorized_client', 700_016, 'Application not found in the directory.'),
      );
    }
    if (!(form.get('scope') ?? '').endsWith('/.default')) {
      return sendJson(res, 400, aadError('invalid_scope', 1_002_012, 'The scope must end in /.default.'));
    }
    let authenticated =
      mode === 'up' && !!options.clientSecret && form.get('client_secret') === options.clientSecret;
    const assertion = form.get('client_assertion');
    if (mode === 'up' && assertion && options.certificateKey) {
      authenticated = await jwtVerify(assertion, options.certificateKey, {
        issuer: options.clientId,
        subject: options.clientId,
        audience: `${host}/${options.tenantId}/oauth2/v2.0/token`,
        // Like Entra, allow a little clock skew (MSAL sets nbf a second after iat).
        clockTolerance: 300,
      }).then(
        () => true,
        () => false,
      );
    }
    if (!authenticated) {
      return sendJson(res, 401, aadError('invalid_client', 7_000_215, 'Invalid client secret provided.'));
    }
    const accessToken = `fake-entra.${randomBytes(24).toString('base64url')}`;
    issued.add(accessToken);
    sendJson(res, 200, {
      token_type: 'Bearer',
      expires_in: 3599,
      ext_expires_in: 3599,
      access_token: accessToken,
    });
  }

  const server = createServer({ key: tls.privateKeyPem, cert: tls.certificatePem }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'https://fake').pathname;
      const tenant = path.split('/')[1];
      if (tenant !== options.tenantId)
        return sendJson(res, 400, aadError('invalid_tenant', 90_002, 'Tenant not found.'));
      if (req.method === 'GET' && path === `/${tenant}/v2.0/.well-known/openid-configuration`) {
        return sendJson(res, 200, {
          token_endpoint: `${host}/${tenant}/oauth2/v2.0/token`,
          authorization_endpoint: `${host}/${tenant}/oauth2/v2.0/authorize`,
          end_session_endpoint: `${host}/${tenant}/oauth2/v2.0/logout`,
          jwks_uri: `${host}/${tenant}/discovery/v2.0/keys`,
          issuer: `${host}/${tenant}/v2.0`,
          token_endpoint_auth_methods_supported: [
            'client_secret_post',
            'private_key_jwt',
            'client_secret_basic',
          ],
          response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
          scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
          tenant_region_scope: 'EU',
        });
      }
      if (req.method === 'POST' && path === `/${tenant}/oauth2/v2.0/token`) {
        void token(new URLSearchParams(Buffer.concat(chunks).toString('utf8')), res);
        return;
      }
      sendJson(res, 404, aadError('invalid_request', 90_000, 'Not found.'));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    authorityHost: host,
    get tokenRequests() {
      return tokenRequests;
    },
    isIssued: (t) => issued.has(t),
    fail: (m) => void (mode = m),
    recover: () => void (mode = 'up'),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
