import { readFileSync } from 'node:fs';
import { median, type BenchResult } from './bench-result.ts';
import { startBuiltServer } from './built-server.ts';

const runs = 7;

interface StartSample {
  readonly readyMs: number;
  readonly idleRssMb: number;
}

const rssMb = (pid: number): number => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
  return Number(line?.[1] ?? NaN) / 1024;
};

/** Starts the built server as `npm start` does, on a fresh data directory, until /readyz answers. */
async function sampleStart(port: number): Promise<StartSample> {
  const server = await startBuiltServer(port);
  try {
    await new Promise((r) => setTimeout(r, 2000));
    return { readyMs: server.startedToReadyMs, idleRssMb: rssMb(server.child.pid!) };
  } finally {
    await server.stop();
  }
}

export async function coldStartBench(): Promise<BenchResult[]> {
  const samples: StartSample[] = [];
  for (let i = 0; i < runs; i++) samples.push(await sampleStart(41_000 + i));
  const ready = median(samples.map((s) => s.readyMs));
  const rss = median(samples.map((s) => s.idleRssMb));
  const spread = (values: number[]) =>
    `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))}`;
  return [
    {
      what: 'cold start to ready (spawn → `/readyz` 200, fresh SQLite data dir, migrations included)',
      bar: '<= 1500 ms',
      measured: `${Math.round(ready)} ms median of ${runs} (${spread(samples.map((s) => s.readyMs))} ms)`,
      meetsBar: ready <= 1500,
    },
    {
      what: 'idle memory (RSS 2 s after ready)',
      bar: '<= 200 MB',
      measured: `${rss.toFixed(0)} MB median of ${runs} (${spread(samples.map((s) => s.idleRssMb))} MB)`,
      meetsBar: rss <= 200,
    },
  ];
}
