import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, type BenchResult } from './bench-result.ts';

const root = join(import.meta.dirname, '../..');
const runs = 7;

interface StartSample {
  readonly readyMs: number;
  readonly idleRssMb: number;
}

async function waitUntilReady(url: string, started: number): Promise<number> {
  for (;;) {
    try {
      if ((await fetch(url)).ok) return performance.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 5));
  }
}

const rssMb = (pid: number): number => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
  return Number(line?.[1] ?? NaN) / 1024;
};

/** Starts the built server as `npm start` does, on a fresh data directory, until /readyz answers. */
async function sampleStart(port: number, freshDataDir: string): Promise<StartSample> {
  const started = performance.now();
  const child = spawn(process.execPath, ['dist/server/main.js'], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      DATA_DIR: freshDataDir,
      LOG_LEVEL: 'warn',
      NODE_COMPILE_CACHE: join(root, 'node_modules/.cache/node-compile-cache'),
    },
    stdio: 'ignore',
  });
  try {
    const readyMs = await waitUntilReady(`http://127.0.0.1:${port}/readyz`, started);
    await new Promise((r) => setTimeout(r, 2000));
    return { readyMs, idleRssMb: rssMb(child.pid!) };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

export async function coldStartBench(): Promise<BenchResult[]> {
  const samples: StartSample[] = [];
  for (let i = 0; i < runs; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'prr-bench-start-'));
    samples.push(await sampleStart(41_000 + i, dir));
    rmSync(dir, { recursive: true, force: true });
  }
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
