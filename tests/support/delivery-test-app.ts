import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import express, { type ErrorRequestHandler } from 'express';
import { createDevTokenVerifier, issueDevToken } from '../../src/adapters/auth/dev-tokens.ts';
import { devUsers, type DevUserKey } from '../../src/adapters/auth/dev-users.ts';
import { requireSignIn } from '../../src/adapters/http/bearer-auth.ts';
import { sendProblem } from '../../src/adapters/http/problem-details.ts';
import { referralRoutes } from '../../src/adapters/http/routes/referral-routes.ts';
import type { JobWorker } from '../../src/adapters/worker/job-worker.ts';
import { createJobWorker } from '../../src/adapters/worker/job-worker.ts';
import type { ReferralDocumentRenderer } from '../../src/app/ports/referral-document-renderer.ts';
import { devTenantId } from '../../src/config/app-config.ts';
import type { MailConfig } from '../../src/config/mail-config.ts';
import { createDelivery, type DeliveryOverrides } from '../../src/composition/delivery.ts';
import type { DeliveryHarness } from './delivery-harness.ts';
import { leaseMs, retryBackoffMs, silentLogger } from './delivery-harness.ts';

export interface DeliveryTestApp {
  readonly baseUrl: string;
  /** The background worker with the composed delivery handler, driven by `runOnce()`. */
  readonly worker: JobWorker;
  request(
    user: DevUserKey | null,
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Response>;
  close(): Promise<void>;
}

/**
 * The referral API as main will mount it once the delivery composition is wired: sign-in, the
 * referral routes, then `createDelivery(...).referralRoutes` on the same prefix, and the problem+json
 * error handler. The worker registers `createDelivery(...).handlers`.
 */
export async function startDeliveryTestApp(
  harness: DeliveryHarness,
  mail: MailConfig,
  overrides: DeliveryOverrides & { readonly renderer?: ReferralDocumentRenderer } = {},
): Promise<DeliveryTestApp> {
  const signingKey = randomBytes(32);
  const delivery = createDelivery({ mail }, harness.referrals, silentLogger, overrides);
  const app = express();
  app.use(
    '/api/referrals',
    requireSignIn([createDevTokenVerifier(signingKey, () => harness.clock.now())], [devTenantId]),
    referralRoutes(harness.referrals, 256 * 1024),
    delivery.referralRoutes,
  );
  const problems: ErrorRequestHandler = (error: unknown, _req, res, _next) => sendProblem(res, error);
  app.use(problems);
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const worker = createJobWorker({
    queue: harness.store.jobs,
    handlers: delivery.handlers,
    clock: harness.clock,
    logger: silentLogger,
    workerId: 'app-worker',
    backoff: { delayMs: () => retryBackoffMs },
    pollMs: 1000,
    leaseMs,
    batchSize: 10,
  });
  return {
    baseUrl,
    worker,
    async request(user, method, path, body, headers = {}) {
      const token = user
        ? await issueDevToken(signingKey, devTenantId, devUsers[user], harness.clock.now())
        : null;
      return fetch(`${baseUrl}${path}`, {
        method,
        headers: {
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
