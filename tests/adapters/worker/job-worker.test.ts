import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { Writable } from 'node:stream';
import { createLogger } from '../../../src/adapters/logging/create-logger.ts';
import { createContentCipher, createKyselyStore } from '../../../src/adapters/store/index.ts';
import { createJobWorker } from '../../../src/adapters/worker/job-worker.ts';
import { recurringJobs } from '../../../src/adapters/worker/recurring-jobs.ts';
import { done, type JobHandler } from '../../../src/app/jobs/job-handler.ts';
import type { Store } from '../../../src/app/ports/store.ts';
import { createTestDatabase, testDialects, type TestDatabase } from '../../support/database.ts';

const silent = createLogger('silent', new Writable({ write: (_c, _e, cb) => cb() }));
const cipher = createContentCipher({ keys: new Map([['k', Buffer.alloc(32, 1)]]), activeKeyId: 'k' });

describe.each(testDialects)('job worker (%s)', (dialect) => {
  let database: TestDatabase;
  let store: Store;
  let now: Date;
  const clock = { now: () => now };

  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    store = createKyselyStore({ db: database.db, dialect: database.dialect, cipher });
    now = new Date('2026-11-25T10:00:00Z');
  });
  afterEach(() => database.destroy());

  const worker = (handlers: Record<string, JobHandler>, workerId = 'w1') =>
    createJobWorker({
      queue: store.jobs,
      handlers,
      clock,
      logger: silent,
      workerId,
      backoff: { delayMs: () => 60_000 },
      pollMs: 1000,
      leaseMs: 30_000,
      batchSize: 10,
    });
  const enqueue = (kind: string) =>
    store.jobs.enqueue({ tenantId: 't', kind, payload: { n: 1 }, runAt: now, now });

  it('completes a job whose handler is done, and never runs it again', async () => {
    const seen: string[] = [];
    const job = await enqueue('a');
    const w = worker({ a: (j) => (seen.push(j.id), Promise.resolve(done)) });
    expect(await w.runOnce()).toBe(1);
    expect(await w.runOnce()).toBe(0);
    expect(seen).toEqual([job.id]);
    expect((await store.jobs.findById(job.id))?.state).toBe('done');
  });

  it('retries after the delay a handler asks for (e.g. Retry-After), then after the backoff when it throws', async () => {
    const job = await enqueue('a');
    let calls = 0;
    const w = worker({
      a: () => {
        calls++;
        if (calls === 1) return Promise.resolve({ outcome: 'retry', reason: 'throttled', afterMs: 5_000 });
        if (calls === 2) return Promise.reject(new Error('boom'));
        return Promise.resolve(done);
      },
    });
    await w.runOnce();
    expect(await store.jobs.findById(job.id)).toMatchObject({ state: 'pending', lastError: 'throttled' });
    now = new Date(now.getTime() + 4_000);
    expect(await w.runOnce()).toBe(0);
    now = new Date(now.getTime() + 1_000);
    expect(await w.runOnce()).toBe(1);
    expect(await store.jobs.findById(job.id)).toMatchObject({ state: 'pending', lastError: 'Error' });
    now = new Date(now.getTime() + 60_000);
    await w.runOnce();
    expect(calls).toBe(3);
    expect((await store.jobs.findById(job.id))?.state).toBe('done');
  });

  it('claims only the kinds it has handlers for', async () => {
    await enqueue('other');
    expect(await worker({ a: () => Promise.resolve(done) }).runOnce()).toBe(0);
  });

  it('hands a job whose worker died to another worker once the lease expires', async () => {
    const job = await enqueue('a');
    await store.jobs.claim({ workerId: 'dead', limit: 1, leaseMs: 30_000, now });
    const survivor = worker({ a: () => Promise.resolve(done) }, 'w2');
    expect(await survivor.runOnce()).toBe(0);
    now = new Date(now.getTime() + 31_000);
    expect(await survivor.runOnce()).toBe(1);
    expect((await store.jobs.findById(job.id))?.state).toBe('done');
  });

  it('queues a recurring job once per period, however many processes poll', async () => {
    const processA = recurringJobs(store.jobs, clock, 't', [{ kind: 'sweep', everyMs: 3_600_000 }]);
    const processB = recurringJobs(store.jobs, clock, 't', [{ kind: 'sweep', everyMs: 3_600_000 }]);
    await Promise.all([processA(), processB(), processA(), processB()]);
    const claimNow = () =>
      store.jobs.claim({ workerId: 'x', kinds: ['sweep'], limit: 10, leaseMs: 86_400_000, now });
    expect(await claimNow()).toHaveLength(1);
    now = new Date(now.getTime() + 3_600_000);
    await Promise.all([processA(), processB()]);
    now = new Date(now.getTime() + 1);
    expect(await claimNow()).toHaveLength(1);
  });
});
