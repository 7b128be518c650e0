import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClientSecretCredential, ManagedIdentityCredential } from '@azure/identity';
import { createGraphCredential, graphTokenSource } from '../../../src/adapters/graph/graph-credential.ts';
import type { GraphMailConfig, MailCredentialConfig } from '../../../src/config/mail-config.ts';
import { startFakeEntraToken, type FakeEntraToken } from '../../support/fake-entra-token.ts';
import { selfSignedCertificate } from '../../support/self-signed-certificate.ts';

const tenantId = 'aaaaaaaa-0000-4000-8000-0000000000c1';
const clientId = 'bbbbbbbb-0000-4000-8000-0000000000c2';
const scope = 'https://graph.microsoft.com/.default';

describe('tokens for Graph from @azure/identity, against a loopback Entra ID token endpoint', () => {
  const clientCertificate = selfSignedCertificate('practice-review-referral');
  let entra: FakeEntraToken;
  let certificatePath: string;

  beforeAll(async () => {
    entra = await startFakeEntraToken({
      tenantId,
      clientId,
      clientSecret: 'a-test-secret',
      certificateKey: clientCertificate.publicKey,
    });
    certificatePath = join(mkdtempSync(join(tmpdir(), 'prr-cert-')), 'client.pem');
    writeFileSync(certificatePath, clientCertificate.privateKeyPem + clientCertificate.certificatePem, {
      mode: 0o600,
    });
  });
  afterAll(() => entra.close());

  const config = (credential: MailCredentialConfig): GraphMailConfig => ({
    transport: 'graph',
    sender: 'referrals@health.example',
    graphEndpoint: 'https://graph.microsoft.com/v1.0',
    graphScope: scope,
    requestTimeoutMs: 5_000,
    authorityHost: entra.authorityHost,
    tenantId,
    credential,
  });
  const tokenFor = (credential: MailCredentialConfig) =>
    graphTokenSource(createGraphCredential(config(credential)), scope)(AbortSignal.timeout(30_000));

  it('gets an app-only token with a certificate (a signed client assertion)', async () => {
    const token = await tokenFor({ kind: 'certificate', clientId, certificatePath });
    expect(entra.isIssued(token)).toBe(true);
  });

  it('gets an app-only token with a client secret', async () => {
    expect(entra.isIssued(await tokenFor({ kind: 'secret', clientId, clientSecret: 'a-test-secret' }))).toBe(
      true,
    );
  });

  it('turns a refused or failing token endpoint into `unauthorized`: no token, so certainly nothing sent', async () => {
    await expect(tokenFor({ kind: 'secret', clientId, clientSecret: 'wrong' })).rejects.toMatchObject({
      kind: 'unauthorized',
      code: 'token_unavailable',
    });
    entra.fail('invalid_client');
    await expect(tokenFor({ kind: 'certificate', clientId, certificatePath })).rejects.toMatchObject({
      kind: 'unauthorized',
    });
    entra.recover();
  });

  it('chooses the credential the configuration names', () => {
    expect(createGraphCredential(config({ kind: 'managed_identity', clientId: undefined }))).toBeInstanceOf(
      ManagedIdentityCredential,
    );
    expect(createGraphCredential(config({ kind: 'managed_identity', clientId }))).toBeInstanceOf(
      ManagedIdentityCredential,
    );
    expect(createGraphCredential(config({ kind: 'secret', clientId, clientSecret: 's' }))).toBeInstanceOf(
      ClientSecretCredential,
    );
  });
});
