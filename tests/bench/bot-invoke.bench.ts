import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { BenchSetup } from '../adapters/teams/support/bot-bench-server.ts';
import { median, percentile, type BenchResult } from './bench-result.ts';

const conversations = 50;
/** Each measurement is repeated; the row reports the median run (a single stall elsewhere sets one run's p99). */
const rounds = 3;
const decisionsPerRound = 20;
const perReviewer = decisionsPerRound * rounds;

type Activity = Record<string, unknown>;

function invoke(
  setup: BenchSetup,
  userId: string,
  conversation: number,
  verb: string,
  data: Record<string, unknown>,
): Activity {
  return {
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: crypto.randomUUID(),
    channelId: 'msteams',
    serviceUrl: setup.serviceUrl,
    from: { id: `29:bench-${conversation}`, aadObjectId: userId, name: `Person ${conversation}` },
    recipient: { id: '28:bot', name: 'bot' },
    conversation: { id: `a:bench-${userId}`, conversationType: 'personal', tenantId: setup.tenantId },
    channelData: { tenant: { id: setup.tenantId } },
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

async function timed(url: string, activity: Activity, latencies: number[]): Promise<void> {
  const started = performance.now();
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(activity),
  });
  const body = (await response.json()) as { statusCode?: number; value?: unknown };
  latencies.push(performance.now() - started);
  if (response.status !== 200 || body.statusCode !== 200)
    throw new Error(`invoke failed: ${response.status}`);
}

interface Run {
  readonly latencies: number[];
  readonly seconds: number;
  /** CPU the service process spent (user + system), in ms. */
  readonly serverCpuMs: number;
}

/** User + system CPU of a process so far, in ms (Linux /proc; clock ticks are 100 Hz). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

let serverPid = 0;

/** Rate Teams users are offered at: the bar's 300 invokes a second, spread over the conversations. */
const offeredPerSecond = 300;

/**
 * Open loop, as real chats behave: every conversation presses its next button on a fixed schedule
 * whether or not its last answer has come back, so a slow service shows as growing latency rather than
 * as fewer requests. `next(conversation)` answers the conversation's next activity, or undefined when
 * it has nothing left to press.
 */
async function paced(
  setup: BenchSetup,
  next: (conversation: number) => Activity | undefined,
  seconds: number,
): Promise<Run> {
  const latencies: number[] = [];
  const interval = (conversations / offeredPerSecond) * 1000;
  const cpuBefore = cpuMs(serverPid);
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  await Promise.all(
    Array.from({ length: conversations }, async (_, i) => {
      await new Promise((r) => setTimeout(r, (i * interval) / conversations));
      for (let n = 0; performance.now() - started < seconds * 1000; n++) {
        const activity = next(i);
        if (!activity) return;
        inFlight.push(timed(setup.baseUrl, activity, latencies));
        const due = started + (i * interval) / conversations + (n + 1) * interval;
        await new Promise((r) => setTimeout(r, Math.max(0, due - performance.now())));
      }
    }),
  );
  await Promise.all(inFlight);
  return {
    latencies,
    seconds: (performance.now() - started) / 1000,
    serverCpuMs: cpuMs(serverPid) - cpuBefore,
  };
}

const checkSteps: [number, Record<string, string>][] = [
  [0, {}],
  [1, { immediateRisk: 'false' }],
  [2, { event: 'died', abuseOrNeglect: 'known' }],
  [3, { childStatus: 'under_18', location: 'in_area' }],
  [4, { practiceConcern: 'no', goodPracticeOutcome: 'false', incidentDate: '2025-06-20' }],
];
const carried = {
  immediateRisk: 'false',
  event: 'died',
  abuseOrNeglect: 'known',
  childStatus: 'under_18',
  location: 'in_area',
};

function checkRun(setup: BenchSetup, seconds: number): Promise<Run> {
  const position = new Array<number>(conversations).fill(0);
  return paced(
    setup,
    (i) => {
      const [step, given] = checkSteps[position[i]! % checkSteps.length]!;
      position[i]! += 1;
      const { userId } = setup.referrers[i]!;
      if (step === 0) return invoke(setup, userId, i, 'check.start', {});
      const answers = Object.fromEntries(Object.entries(carried).slice(0, [0, 0, 1, 3, 5][step]));
      return invoke(setup, userId, i, 'check.next', { step, answers, ...given });
    },
    seconds,
  );
}

function refreshRun(setup: BenchSetup, seconds: number): Promise<Run> {
  return paced(
    setup,
    (i) => {
      const { userId, referralId } = setup.referrers[i]!;
      return invoke(setup, userId, i, 'refresh', { referralId });
    },
    seconds,
  );
}

function decisionRun(setup: BenchSetup, round: number): Promise<Run> {
  const position = new Array<number>(conversations).fill(round * decisionsPerRound);
  const end = (round + 1) * decisionsPerRound;
  return paced(
    setup,
    (i) => {
      const { userId, waiting } = setup.reviewers[i]!;
      if (position[i]! >= end) return undefined;
      const referral = waiting[position[i]!++];
      if (!referral) return undefined;
      const { referralId, submittedAt } = referral;
      return invoke(setup, userId, i, 'referral.approve', { referralId, submittedAt, approveComments: '' });
    },
    60,
  );
}

async function startServer(dialect: string): Promise<{ setup: BenchSetup; stop: () => Promise<void> }> {
  const server = spawn(
    process.execPath,
    [
      join(import.meta.dirname, '../adapters/teams/support/bot-bench-server.ts'),
      dialect,
      String(conversations),
      String(perReviewer),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'], env: process.env },
  );
  const [line] = (await once(createInterface({ input: server.stdout }), 'line')) as [string];
  serverPid = server.pid ?? 0;
  return {
    setup: JSON.parse(line) as BenchSetup,
    async stop() {
      server.kill('SIGTERM');
      await once(server, 'exit');
    },
  };
}

function row(what: string, dialect: string, runs: readonly Run[]): BenchResult {
  const p99s = runs.map((r) => percentile(r.latencies, 99));
  const p99 = median(p99s);
  const run = runs[p99s.indexOf(p99)] ?? runs[0]!;
  const rate = run.latencies.length / run.seconds;
  // Approvals run out (each referral is decided once): their rate is what the schedule offered.
  return {
    what: `bot card-action invoke, ${what}, ${conversations} concurrent conversations (${dialect})`,
    bar: 'p99 <= 50 ms at >= 300/s',
    measured: `p99 ${p99.toFixed(1)} ms, p50 ${percentile(run.latencies, 50).toFixed(1)} ms at ${Math.round(rate)}/s (median of ${runs.length} runs of ${run.latencies.length} invokes, offered ${offeredPerSecond}/s)`,
    meetsBar: p99 <= 50 && rate >= offeredPerSecond * 0.95,
    // The client runs on the same machine; other work on it shows directly in the latencies.
    notes: `p99 of each run: ${p99s.map((v) => v.toFixed(1)).join(' / ')} ms; service CPU ${(run.serverCpuMs / run.latencies.length).toFixed(2)} ms per invoke; 1-min load average ${loadavg()[0]!.toFixed(1)} (shared machine)`,
  };
}

async function repeated(measure: (round: number) => Promise<Run>): Promise<Run[]> {
  const runs: Run[] = [];
  for (let round = 0; round < rounds; round++) runs.push(await measure(round));
  return runs;
}

/**
 * Card-action invokes over HTTP against the service in its own process, 50 conversations at once:
 * criteria-check steps (no database), card refreshes (a read and its audit event) and PRSG approvals
 * (the workflow transaction with its audit event and outbox jobs). SQLite always; PostgreSQL too when
 * DATABASE_URL is set. Each is measured three times and the median run is reported with all three p99s:
 * on this shared machine one PostgreSQL checkpoint sync during a 3-second run sets that run's p99 alone.
 */
export async function botInvokeBench(): Promise<BenchResult[]> {
  const dialects = process.env.DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];
  const results: BenchResult[] = [];
  for (const dialect of dialects) {
    const { setup, stop } = await startServer(dialect);
    try {
      await checkRun(setup, 2); // warm-up: JIT, connection pools, caches
      await refreshRun(setup, 1);
      results.push(row('criteria-check steps', dialect, await repeated(() => checkRun(setup, 5))));
      results.push(row('card refreshes (audited read)', dialect, await repeated(() => refreshRun(setup, 5))));
      results.push(
        row(
          'PRSG approvals (workflow transaction)',
          dialect,
          await repeated((round) => decisionRun(setup, round)),
        ),
      );
    } finally {
      await stop();
    }
  }
  return results;
}

if (import.meta.main) {
  for (const result of await botInvokeBench()) {
    console.log(
      `${result.meetsBar ? 'ok  ' : 'FAIL'} ${result.what}: ${result.measured}; ${result.notes ?? ''}`,
    );
  }
}
