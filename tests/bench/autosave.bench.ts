import { createPostgresSchema } from '../support/database.ts';
import { percentile, type BenchResult } from './bench-result.ts';
import { startBuiltServer, type BuiltServer } from './built-server.ts';

const users = 50;
/** A person typing triggers a debounced autosave about once a second. */
const saveIntervalMs = 1000;
const durationMs = 20_000;
const warmUpMs = 3_000;

interface Draft {
  readonly id: string;
  version: number;
}

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * 50 people typing at once: each autosaves its own draft about once a second (open loop, with jitter),
 * each save a PATCH with If-Match on the version the previous save returned.
 */
async function measure(server: BuiltServer): Promise<{ p50: number; p99: number; perSecond: number }> {
  const signIn = async (user: string) =>
    (
      await json<{ token: string }>(
        await fetch(`${server.url}/api/dev/sign-in`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ user }),
        }),
      )
    ).token;
  const tokens = await Promise.all(['referrer', 'other-referrer'].map(signIn));
  const sessions = await Promise.all(
    Array.from({ length: users }, async (_, i) => {
      const token = tokens[i % tokens.length]!;
      const draft = await json<Draft>(
        await fetch(`${server.url}/api/referrals`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: '{}',
        }),
      );
      return { token, draft: { id: draft.id, version: draft.version } };
    }),
  );
  const latencies: number[] = [];
  const save = async (session: (typeof sessions)[number], n: number, record: boolean) => {
    const started = performance.now();
    const response = await fetch(`${server.url}/api/referrals/${session.draft.id}`, {
      method: 'PATCH',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${session.token}`,
        'If-Match': `"${session.draft.version}"`,
      },
      body: JSON.stringify({ incident: { description: `Autosave ${n}: ${'typing '.repeat(40)}` } }),
    });
    const view = await json<Draft>(response);
    if (record) latencies.push(performance.now() - started);
    session.draft.version = view.version;
  };
  const run = (ms: number, record: boolean) =>
    Promise.all(
      sessions.map(async (session) => {
        const until = performance.now() + ms;
        // Spread the users over the first interval so they do not all save in step.
        await new Promise((r) => setTimeout(r, Math.random() * saveIntervalMs));
        for (let n = 0; performance.now() < until; n++) {
          const next = performance.now() + saveIntervalMs * (0.8 + Math.random() * 0.4);
          await save(session, n, record);
          await new Promise((r) => setTimeout(r, Math.max(0, next - performance.now())));
        }
      }),
    );
  await run(warmUpMs, false);
  const started = performance.now();
  await run(durationMs, true);
  const seconds = (performance.now() - started) / 1000;
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    perSecond: latencies.length / seconds,
  };
}

export async function autosaveBench(): Promise<BenchResult[]> {
  const dialects: {
    name: string;
    env: () => Promise<{ env: Record<string, string>; done: () => Promise<void> }>;
  }[] = [{ name: 'SQLite', env: () => Promise.resolve({ env: {}, done: () => Promise.resolve() }) }];
  const url = process.env.DATABASE_URL;
  if (url) {
    dialects.push({
      name: 'PostgreSQL',
      env: async () => {
        const { schema, drop } = await createPostgresSchema(url);
        return { env: { DATABASE_URL: url, DATABASE_SCHEMA: schema }, done: drop };
      },
    });
  }
  const results: BenchResult[] = [];
  for (const [i, dialect] of dialects.entries()) {
    const { env, done } = await dialect.env();
    const server = await startBuiltServer(42_000 + i, { ...env, RATE_LIMIT_PER_MINUTE: '100000' });
    try {
      const { p50, p99, perSecond } = await measure(server);
      results.push({
        what: `autosave (PATCH with If-Match), ${users} concurrent users, ${dialect.name}`,
        bar: 'p99 <= 30 ms',
        measured: `p99 ${p99.toFixed(1)} ms, p50 ${p50.toFixed(1)} ms (${Math.round(perSecond)} saves/s)`,
        meetsBar: p99 <= 30,
        notes: `each user saves about every ${saveIntervalMs / 1000} s for ${durationMs / 1000} s; load generator on the same 2 cores`,
      });
    } finally {
      await server.stop();
      await done();
    }
  }
  if (!url)
    results.push({
      what: 'autosave on PostgreSQL',
      bar: 'p99 <= 30 ms',
      measured: 'skipped: DATABASE_URL not set',
      meetsBar: false,
    });
  return results;
}
