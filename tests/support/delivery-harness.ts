import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { devReviewers, devUsers, type DevUserKey } from '../../src/adapters/auth/dev-users.ts';
import { createProfileReviewerDirectory } from '../../src/adapters/directory/profile-reviewer-directory.ts';
import { createLogger } from '../../src/adapters/logging/create-logger.ts';
import { createContentCipher, createKyselyStore } from '../../src/adapters/store/index.ts';
import type { SqlDialect } from '../../src/adapters/store/database-handle.ts';
import { createJobWorker, type JobWorker } from '../../src/adapters/worker/job-worker.ts';
import type { Principal } from '../../src/app/auth/principal.ts';
import { deliverReferral } from '../../src/app/delivery/deliver-referral.ts';
import {
  defaultDeliveryOptions,
  type DeliveryDeps,
  type DeliveryOptions,
} from '../../src/app/delivery/delivery-deps.ts';
import { jobKinds } from '../../src/app/jobs/job-kinds.ts';
import type { JobQueue } from '../../src/app/ports/job-queue.ts';
import type { MailTransport } from '../../src/app/ports/mail-transport.ts';
import type { ReferralDocumentRenderer } from '../../src/app/ports/referral-document-renderer.ts';
import type { Store } from '../../src/app/ports/store.ts';
import { createReferral } from '../../src/app/referrals/create-referral.ts';
import { decideReferral } from '../../src/app/referrals/decide-referral.ts';
import type { ReferralDeps } from '../../src/app/referrals/referral-deps.ts';
import { submitReferral } from '../../src/app/referrals/submit-referral.ts';
import { updateReferralDraft } from '../../src/app/referrals/update-referral-draft.ts';
import { parseProfile, type ProfileInput } from '../../src/config/profile/load-profile.ts';
import { salfordProfile } from '../../src/config/profile/salford-profile.ts';
import { devTenantId } from '../../src/config/app-config.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';
import { aChild, aCompleteReferral } from './referral-builder.ts';

export const silentLogger = createLogger('silent', new Writable({ write: (_c, _e, cb) => cb() }));
const cipher = createContentCipher({ keys: new Map([['k', Buffer.alloc(32, 7)]]), activeKeyId: 'k' });

export const leaseMs = 30_000;
export const retryBackoffMs = 1_000;

export const principalOf = (key: DevUserKey): Principal => {
  const user = devUsers[key];
  return {
    tenantId: devTenantId,
    userId: user.userId,
    displayName: user.displayName,
    email: user.email,
    roles: user.roles,
    agencyId: user.agencyId,
  };
};

/** A renderer that returns `size` bytes that start like a PDF: the crash tests need bytes, not layout. */
export function bytesRenderer(size: () => number): ReferralDocumentRenderer {
  return {
    render: () => {
      const bytes = randomBytes(size());
      bytes.write('%PDF-1.7\n', 0, 'latin1');
      return Promise.resolve(bytes);
    },
  };
}

export interface Clock {
  now(): Date;
  advance(ms: number): void;
}

export function testClock(start = new Date('2026-11-25T10:00:00Z')): Clock {
  let now = start;
  return { now: () => now, advance: (ms) => void (now = new Date(now.getTime() + ms)) };
}

export interface DeliveryHarness {
  readonly database: TestDatabase;
  /** The store the use cases see (unwrapped). */
  readonly store: Store;
  readonly clock: Clock;
  readonly referrals: ReferralDeps;
  /** An approved referral (its delivery job queued); the child's name is `childName`. */
  approvedReferral(childName?: string): Promise<{ id: string; reference: string }>;
  /** Another store on its own connection pool (PostgreSQL), as a second process would have. */
  anotherProcessStore(): Promise<Store>;
  /** The delivery deps around a transport, with the store (and queue) the delivery sees. */
  deliveryDeps(
    transport: MailTransport,
    renderer: ReferralDocumentRenderer,
    store?: Store,
    options?: Partial<DeliveryOptions>,
  ): DeliveryDeps;
  /** A background worker that runs only delivery jobs. */
  worker(deps: DeliveryDeps, workerId?: string, queue?: JobQueue): JobWorker;
  /** Moves time on and runs the worker until the referral is sent or failed and its delivery jobs are finished. */
  runUntilSettled(worker: JobWorker, referralId: string, stepMs?: number, maxRuns?: number): Promise<string>;
  destroy(): Promise<void>;
}

export async function startDeliveryHarness(
  dialect: SqlDialect,
  profileOverrides: Partial<ProfileInput> = {},
): Promise<DeliveryHarness> {
  const database = await createTestDatabase(dialect);
  const store = createKyselyStore({ db: database.db, dialect: database.dialect, cipher });
  const clock = testClock();
  const profile = parseProfile({ ...salfordProfile, ...profileOverrides }, 'test profile');
  const referrals: ReferralDeps = {
    store,
    clock,
    profile,
    directory: createProfileReviewerDirectory(profile, devReviewers),
  };
  const referrer = principalOf('referrer');

  return {
    database,
    store,
    clock,
    referrals,
    async approvedReferral(childName = 'Child A') {
      const draft = await createReferral(referrals, referrer, {});
      const form = aCompleteReferral({
        children: [aChild({ names: { fullName: childName, otherNames: [] } })],
      });
      const filled = await updateReferralDraft(referrals, referrer, {
        id: draft.id,
        expectedVersion: draft.version,
        patch: { ...form, referrer: { ...form.referrer!, agencyId: 'health' } },
      });
      await submitReferral(referrals, referrer, filled.id, { reviewerId: devUsers.reviewer.userId });
      const approved = await decideReferral(
        referrals,
        principalOf('reviewer'),
        filled.id,
        'approve',
        undefined,
      );
      return { id: approved.id, reference: approved.reference };
    },
    async anotherProcessStore() {
      const [handle] = await database.openWriters(1);
      return createKyselyStore({ db: handle!.db, dialect: handle!.dialect, cipher });
    },
    deliveryDeps: (transport, renderer, deliveryStore = store, options = {}) => ({
      ...referrals,
      store: deliveryStore,
      transport,
      renderer,
      options: { ...defaultDeliveryOptions, ...options },
    }),
    worker: (deps, workerId = 'worker-1', queue = deps.store.jobs) =>
      createJobWorker({
        queue,
        handlers: { [jobKinds.deliverReferral]: (job, context) => deliverReferral(deps, job, context) },
        clock,
        logger: silentLogger,
        workerId,
        backoff: { delayMs: () => retryBackoffMs },
        pollMs: 1000,
        leaseMs,
        batchSize: 10,
      }),
    async runUntilSettled(worker, referralId, stepMs = leaseMs + 1, maxRuns = 30) {
      const settled = async () => {
        const state = (await store.referrals.findById(devTenantId, referralId))?.state ?? 'gone';
        const open = await database.db
          .selectFrom('jobs')
          .select('id')
          .where('kind', '=', jobKinds.deliverReferral)
          .where('state', 'in', ['pending', 'leased'])
          .where('payload', 'like', `%${referralId}%`)
          .execute();
        return { state, done: (state === 'sent' || state === 'send_failed') && open.length === 0 };
      };
      for (let n = 0; n < maxRuns; n++) {
        const { state, done } = await settled();
        if (done) return state;
        await worker.runOnce();
        clock.advance(stepMs);
      }
      return (await settled()).state;
    },
    destroy: () => database.destroy(),
  };
}

export const staticGraphToken = () => Promise.resolve('fake-graph-token');
