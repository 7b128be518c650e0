import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { createGraphMailTransport } from '../../../src/adapters/graph/graph-mail-transport.ts';
import type { JobWorker } from '../../../src/adapters/worker/job-worker.ts';
import { defaultDeliveryOptions } from '../../../src/app/delivery/delivery-deps.ts';
import { jobKinds } from '../../../src/app/jobs/job-kinds.ts';
import { devTenantId } from '../../../src/config/app-config.ts';
import {
  crashingFetch,
  crashingStore,
  crashSwitch,
  Killed,
  seededRandom,
  type CrashSwitch,
} from '../../support/crash-injection.ts';
import { testDialects } from '../../support/database.ts';
import {
  bytesRenderer,
  leaseMs,
  staticGraphToken,
  startDeliveryHarness,
  type DeliveryHarness,
} from '../../support/delivery-harness.ts';
import { startFakeGraph, type FakeGraph, type FaultRule } from '../../support/fake-graph.ts';

/** CI runs at least this many randomized crash scenarios per database; CRASH_RUNS raises it locally. */
const randomizedRuns = Math.max(100, Number(process.env.CRASH_RUNS ?? 100));
/** Each scenario's seed is this plus its number: a failure names the seed that replays it. */
const baseSeed = Number(process.env.CRASH_SEED ?? 20_261_125);

const sender = 'referrals@health.example';
/** Long enough for a lease to expire and for any unconfirmed send's grace period to pass. */
const restartAfterMs = leaseMs + defaultDeliveryOptions.unconfirmedSendGraceMs + 1;
const smallPdf = 40_000;
const largePdf = 3 * 1024 * 1024 + 500_000;

/** Graph trouble a randomized scenario may add on top of the kills. */
const faults: readonly FaultRule[] = [
  { method: 'POST', path: /\/messages$/, fault: { action: 'throttle', retryAfterSeconds: 5 } },
  { method: 'POST', path: /\/send$/, fault: { action: 'throttle', retryAfterSeconds: 2 } },
  { method: 'POST', path: /\/send$/, fault: { action: 'fail_after', status: 503 } },
  { method: 'POST', path: /\/messages$/, fault: { action: 'fail_after', status: 504 } },
  { method: 'GET', path: /\/messages$/, fault: { action: 'fail', status: 503 } },
  { method: 'PUT', path: /^\/upload\//, fault: { action: 'fail', status: 500 } },
];

describe.each(testDialects)(
  'exactly one message however often the process is killed while sending (%s)',
  (dialect) => {
    let harness: DeliveryHarness;
    let graph: FakeGraph;
    let crash: CrashSwitch;
    let worker: JobWorker;
    let pdfBytes = smallPdf;

    beforeAll(async () => {
      harness = await startDeliveryHarness(dialect);
      // Worst case: Graph would send a message again if asked twice, so nothing here relies on a refusal.
      graph = await startFakeGraph({ sender, sendOfSentMessage: 'send_again' });
      crash = crashSwitch();
      const store = crashingStore(crash, harness.store);
      const transport = createGraphMailTransport({
        endpoint: graph.endpoint,
        sender,
        getToken: staticGraphToken,
        timeoutMs: 5_000,
        fetch: crashingFetch(crash),
      });
      worker = harness.worker(
        harness.deliveryDeps(
          transport,
          bytesRenderer(() => pdfBytes),
          store,
        ),
        'crashy',
        store.jobs,
      );
    });
    afterAll(async () => {
      await graph.close();
      await harness.destroy();
    });

    /** One "process life" per kill: it dies at that step, its lease is abandoned; then a restarted worker finishes. */
    async function deliverWithKills(id: string, kills: readonly number[]): Promise<string[]> {
      const killedAt: string[] = [];
      for (const at of kills) {
        crash.arm(at);
        await worker.runOnce().catch((error: unknown) => {
          if (!(error instanceof Killed)) throw error;
        });
        if (crash.killedAt) killedAt.push(crash.killedAt);
        crash.disarm();
        harness.clock.advance(restartAfterMs);
      }
      await harness.runUntilSettled(worker, id, restartAfterMs);
      return killedAt;
    }

    async function deliveredOnce(id: string) {
      const referral = await harness.store.referrals.findById(devTenantId, id);
      const delivery = await harness.store.deliveries.find(devTenantId, id);
      const jobs = await harness.database.db
        .selectFrom('jobs')
        .select(['kind', 'state', 'payload'])
        .execute();
      const ofReferral = jobs.filter((j) => j.payload.includes(id));
      return {
        sent: graph.sentCount(id),
        leftoverDrafts: graph.messagesFor(id).filter((m) => m.isDraft).length,
        state: referral?.state,
        hasSentAt: referral?.sentAt instanceof Date,
        delivery: delivery?.state,
        deliverJob: ofReferral.find((j) => j.kind === jobKinds.deliverReferral)?.state,
        sentNotices: ofReferral.filter((j) => j.kind === jobKinds.notifySent).length,
      };
    }

    const once = {
      sent: 1,
      leftoverDrafts: 0,
      state: 'sent',
      hasSentAt: true,
      delivery: 'sent',
      deliverJob: 'done',
      sentNotices: 1,
    };

    async function stepsOfCleanDelivery(): Promise<number> {
      const { id } = await harness.approvedReferral();
      crash.arm(Infinity);
      await worker.runOnce();
      const steps = crash.count;
      crash.disarm();
      expect(await deliveredOnce(id)).toEqual(once);
      return steps;
    }

    it.each([
      ['an inline', smallPdf],
      ['an upload-session', largePdf],
    ])(
      'sends exactly once when killed at each step, in turn, of a delivery with %s attachment',
      async (_label, bytes) => {
        pdfBytes = bytes;
        const steps = await stepsOfCleanDelivery();
        expect(steps).toBeGreaterThan(15);
        for (let at = 1; at <= steps; at++) {
          const { id } = await harness.approvedReferral();
          const killedAt = await deliverWithKills(id, [at]);
          expect({ step: at, killedAt, ...(await deliveredOnce(id)) }).toEqual({
            step: at,
            killedAt,
            ...once,
          });
        }
        expect(graph.contractViolations).toEqual([]);
      },
      600_000,
    );

    it(`sends exactly once in ${randomizedRuns} randomized scenarios of up to three kills, with throttling and server errors`, async () => {
      pdfBytes = smallPdf;
      const maxStep = (await stepsOfCleanDelivery()) + 12;
      const killed = new Set<string>();
      for (let run = 0; run < randomizedRuns; run++) {
        const seed = baseSeed + run;
        const random = seededRandom(seed);
        pdfBytes =
          random() < 0.3 ? largePdf + Math.floor(random() * 500_000) : 5_000 + Math.floor(random() * 300_000);
        const kills = Array.from(
          { length: 1 + Math.floor(random() * 3) },
          () => 1 + Math.floor(random() * maxStep),
        );
        const fault = random() < 0.4 ? faults[Math.floor(random() * faults.length)] : undefined;
        if (fault) graph.inject(fault);
        const { id } = await harness.approvedReferral();
        const killedAt = await deliverWithKills(id, kills);
        graph.clearFaults();
        for (const where of killedAt) killed.add(where.replace(/ \(#\d+\)$/, ''));
        expect({ seed, killedAt, ...(await deliveredOnce(id)) }).toEqual({ seed, killedAt, ...once });
      }
      expect(graph.contractViolations).toEqual([]);
      // The scenarios really did kill the process at many different places.
      expect(killed.size).toBeGreaterThan(15);
    }, 900_000);
  },
);
