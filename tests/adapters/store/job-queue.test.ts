import { afterAll, beforeAll, describe, it, expect } from '@jest/globals';
import { exponentialBackoff } from '../../../src/adapters/store/exponential-backoff.ts';
import { createKyselyJobQueue } from '../../../src/adapters/store/kysely-job-queue.ts';
import type { JobQueue, NewJob, RetryBackoff } from '../../../src/app/ports/job-queue.ts';
import { createTestDatabase, testDialects, type TestDatabase } from '../../support/database.ts';
import { minutesAfter, newTenantId, t0 } from './store-fixtures.ts';

const leaseMs = 60_000;
const fixedBackoff: RetryBackoff = { delayMs: (attempts) => attempts * 1_000 };

for (const dialect of testDialects) {
  describe(`job queue (${dialect})`, () => {
    let database: TestDatabase;
    let jobs: JobQueue;

    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      jobs = createKyselyJobQueue(database.db, dialect);
    });
    afterAll(() => database.destroy());

    /** Each test uses its own kind, so claims never pick up another test's jobs. */
    let kindCounter = 0;
    const newKind = () => `kind-${(kindCounter += 1)}`;
    const aJob = (kind: string, overrides: Partial<NewJob> = {}): NewJob => ({
      tenantId: newTenantId(),
      kind,
      payload: { referralId: 'ref-1' },
      runAt: t0,
      now: t0,
      ...overrides,
    });
    const claim = (kind: string, workerId: string, now: Date, limit = 10) =>
      jobs.claim({ workerId, kinds: [kind], limit, leaseMs, now });

    it('leases a due job to one worker, with its payload', async () => {
      const kind = newKind();
      const job = await jobs.enqueue(aJob(kind));
      expect(job).toMatchObject({
        state: 'pending',
        attempts: 0,
        maxAttempts: 10,
        payload: { referralId: 'ref-1' },
      });
      const [claimed, ...rest] = await claim(kind, 'worker-a', t0);
      expect(rest).toEqual([]);
      expect(claimed).toMatchObject({
        id: job.id,
        state: 'leased',
        attempts: 1,
        leaseOwner: 'worker-a',
        leaseExpiresAt: new Date(t0.getTime() + leaseMs),
        payload: { referralId: 'ref-1' },
      });
      expect(await claim(kind, 'worker-b', minutesAfter(t0, 0.5))).toEqual([]);
    });

    it('does not hand out a job before its time', async () => {
      const kind = newKind();
      await jobs.enqueue(aJob(kind, { runAt: minutesAfter(t0, 5) }));
      expect(await claim(kind, 'worker-a', minutesAfter(t0, 4))).toEqual([]);
      expect(await claim(kind, 'worker-a', minutesAfter(t0, 5))).toHaveLength(1);
    });

    it('claims only the asked kinds, oldest first, up to the limit', async () => {
      const [kind, otherKind] = [newKind(), newKind()];
      const later = await jobs.enqueue(aJob(kind, { runAt: minutesAfter(t0, 2) }));
      const earlier = await jobs.enqueue(aJob(kind, { runAt: minutesAfter(t0, 1) }));
      await jobs.enqueue(aJob(kind, { runAt: minutesAfter(t0, 3) }));
      await jobs.enqueue(aJob(otherKind));
      const claimed = await claim(kind, 'worker-a', minutesAfter(t0, 10), 2);
      expect(claimed.map((j) => j.id)).toEqual([earlier.id, later.id]);
      expect(await jobs.claim({ workerId: 'w', kinds: [], limit: 5, leaseMs, now: t0 })).toEqual([]);
    });

    it('extends a lease only for the worker holding it', async () => {
      const kind = newKind();
      const job = await jobs.enqueue(aJob(kind));
      await claim(kind, 'worker-a', t0);
      expect(await jobs.renew(job.id, 'worker-b', leaseMs, minutesAfter(t0, 0.5))).toBe(false);
      expect(await jobs.renew(job.id, 'worker-a', leaseMs, minutesAfter(t0, 0.5))).toBe(true);
      expect(await claim(kind, 'worker-b', minutesAfter(t0, 1.2))).toEqual([]);
      expect((await jobs.findById(job.id))?.leaseExpiresAt).toEqual(minutesAfter(t0, 1.5));
    });

    it('completes a job for the worker holding it, and never hands it out again', async () => {
      const kind = newKind();
      const job = await jobs.enqueue(aJob(kind));
      await claim(kind, 'worker-a', t0);
      expect(await jobs.complete(job.id, 'worker-b', t0)).toBe(false);
      expect(await jobs.complete(job.id, 'worker-a', t0)).toBe(true);
      expect(await jobs.complete(job.id, 'worker-a', t0)).toBe(false);
      expect((await jobs.findById(job.id))?.state).toBe('done');
      expect(await claim(kind, 'worker-b', minutesAfter(t0, 60))).toEqual([]);
    });

    it('gives an expired lease to another worker, after which the first worker can do nothing', async () => {
      const kind = newKind();
      const job = await jobs.enqueue(aJob(kind));
      await claim(kind, 'worker-a', t0);
      const [reclaimed] = await claim(kind, 'worker-b', minutesAfter(t0, 1));
      expect(reclaimed).toMatchObject({ id: job.id, leaseOwner: 'worker-b', attempts: 2 });
      const later = minutesAfter(t0, 1.5);
      expect(await jobs.complete(job.id, 'worker-a', later)).toBe(false);
      expect(await jobs.renew(job.id, 'worker-a', leaseMs, later)).toBe(false);
      expect(await jobs.retry(job.id, 'worker-a', { error: 'late', now: later, backoff: fixedBackoff })).toBe(
        'lost',
      );
      expect(await jobs.complete(job.id, 'worker-b', later)).toBe(true);
    });

    it('puts a failed job back after the backoff delay, with a short error', async () => {
      const kind = newKind();
      const job = await jobs.enqueue(aJob(kind));
      await claim(kind, 'worker-a', t0);
      const failedAt = minutesAfter(t0, 0.5);
      const outcome = await jobs.retry(job.id, 'worker-a', {
        error: 'x'.repeat(2_000),
        now: failedAt,
        backoff: fixedBackoff,
      });
      expect(outcome).toBe('scheduled');
      const retried = await jobs.findById(job.id);
      expect(retried).toMatchObject({
        state: 'pending',
        leaseOwner: null,
        runAt: new Date(failedAt.getTime() + 1_000),
      });
      expect(retried?.lastError?.length).toBeLessThanOrEqual(500);
      expect(await claim(kind, 'worker-a', new Date(failedAt.getTime() + 999))).toEqual([]);
      expect(await claim(kind, 'worker-a', new Date(failedAt.getTime() + 1_000))).toHaveLength(1);
    });

    it('marks a job dead once its last attempt fails, and never hands it out again', async () => {
      const kind = newKind();
      const job = await jobs.enqueue(aJob(kind, { maxAttempts: 2 }));
      let now = t0;
      for (const expected of ['scheduled', 'dead']) {
        expect(await claim(kind, 'worker-a', now)).toHaveLength(1);
        expect(await jobs.retry(job.id, 'worker-a', { error: 'boom', now, backoff: fixedBackoff })).toBe(
          expected,
        );
        now = minutesAfter(now, 10);
      }
      expect(await jobs.findById(job.id)).toMatchObject({ state: 'dead', attempts: 2, lastError: 'boom' });
      expect(await claim(kind, 'worker-a', minutesAfter(t0, 600))).toEqual([]);
    });

    it('marks a job dead when the lease of its last attempt runs out', async () => {
      const kind = newKind();
      const job = await jobs.enqueue(aJob(kind, { maxAttempts: 1 }));
      await claim(kind, 'worker-a', t0);
      expect(await claim(kind, 'worker-b', minutesAfter(t0, 2))).toEqual([]);
      expect((await jobs.findById(job.id))?.state).toBe('dead');
    });

    it('creates one job per dedupe key and returns the first for a duplicate', async () => {
      const kind = newKind();
      const first = await jobs.enqueue(aJob(kind, { tenantId: 'tenant-dedupe', dedupeKey: 'send:ref-1' }));
      const again = await jobs.enqueue(
        aJob(kind, { tenantId: 'tenant-dedupe', dedupeKey: 'send:ref-1', payload: { other: true } }),
      );
      expect(again).toEqual(first);
      const otherTenant = await jobs.enqueue(aJob(kind, { dedupeKey: 'send:ref-1' }));
      const otherKind = await jobs.enqueue(
        aJob(newKind(), { tenantId: 'tenant-dedupe', dedupeKey: 'send:ref-1' }),
      );
      expect(new Set([first.id, otherTenant.id, otherKind.id]).size).toBe(3);
      expect(await claim(kind, 'worker-a', t0)).toHaveLength(2);
    });

    it('queues several jobs in one write, leaving a job whose dedupe key is taken as it was', async () => {
      const [kindA, kindB] = [newKind(), newKind()];
      const tenantId = newTenantId();
      const existing = await jobs.enqueue(aJob(kindA, { tenantId, dedupeKey: 'ref-9:3:a' }));
      await jobs.enqueueAll([
        aJob(kindA, { tenantId, dedupeKey: 'ref-9:3:a', payload: { replaced: true } }),
        aJob(kindB, { tenantId, dedupeKey: 'ref-9:3:b', maxAttempts: 100 }),
      ]);
      await jobs.enqueueAll([]);
      const [a, ...moreA] = await claim(kindA, 'worker-a', t0);
      const [b, ...moreB] = await claim(kindB, 'worker-a', t0);
      expect([moreA, moreB]).toEqual([[], []]);
      expect(a).toMatchObject({ id: existing.id, payload: { referralId: 'ref-1' } });
      expect(b).toMatchObject({ tenantId, dedupeKey: 'ref-9:3:b', maxAttempts: 100, state: 'leased' });
    });

    it('gives each of 200 jobs to exactly one of 4 concurrent claimers', async () => {
      const kind = newKind();
      for (let i = 0; i < 200; i += 1) await jobs.enqueue(aJob(kind, { payload: { i } }));
      const writers = await database.openWriters(4);
      const claimedBy = await Promise.all(
        writers.map(async (writer, w) => {
          const queue = createKyselyJobQueue(writer.db, dialect);
          const ids: string[] = [];
          for (;;) {
            const batch = await queue.claim({
              workerId: `worker-${w}`,
              kinds: [kind],
              limit: 7,
              leaseMs,
              now: t0,
            });
            if (batch.length === 0) return ids;
            ids.push(...batch.map((j) => j.id));
          }
        }),
      );
      const all = claimedBy.flat();
      expect(all).toHaveLength(200);
      expect(new Set(all).size).toBe(200);
      if (dialect === 'postgres') expect(claimedBy.filter((ids) => ids.length > 0).length).toBeGreaterThan(1);
    });
  });
}

describe('exponential backoff', () => {
  it('doubles per attempt up to the maximum, half fixed and half jitter', () => {
    const low = exponentialBackoff({ baseMs: 1_000, maxMs: 60_000, random: () => 0 });
    const high = exponentialBackoff({ baseMs: 1_000, maxMs: 60_000, random: () => 0.999999 });
    expect([1, 2, 3, 4, 10].map((n) => low.delayMs(n))).toEqual([500, 1_000, 2_000, 4_000, 30_000]);
    expect([1, 2, 3, 4, 10].map((n) => high.delayMs(n))).toEqual([999, 1_999, 3_999, 7_999, 59_999]);
  });
});
