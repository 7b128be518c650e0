import { randomBytes } from 'node:crypto';
import { issueDevToken } from '../../src/adapters/auth/dev-tokens.ts';
import { devUsers } from '../../src/adapters/auth/dev-users.ts';
import type { TestApp } from './test-app.ts';

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Tokens that must all be refused with a bare 401, each for a different reason. */
export async function badTokens(app: TestApp): Promise<Record<string, string | null>> {
  const key = app.config.auth.devSigningKey!;
  const user = devUsers.referrer;
  const valid = await issueDevToken(key, app.config.auth.tenantId, user, new Date());
  const [, payload] = valid.split('.');
  return {
    anonymous: null,
    'token from another tenant': await issueDevToken(
      key,
      '99999999-9999-4999-8999-999999999999',
      user,
      new Date(),
    ),
    'expired token': await issueDevToken(
      key,
      app.config.auth.tenantId,
      user,
      new Date(Date.now() - 24 * 3600_000),
    ),
    'token signed by an unknown key': await issueDevToken(
      randomBytes(32),
      app.config.auth.tenantId,
      user,
      new Date(),
    ),
    'alg none': `${base64url({ alg: 'none', typ: 'JWT' })}.${payload}.`,
  };
}
