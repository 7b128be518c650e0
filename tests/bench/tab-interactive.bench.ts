import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { median, type BenchResult } from './bench-result.ts';

const root = join(import.meta.dirname, '../..');
const runs = 9;
const port = 41_100;
const base = `http://127.0.0.1:${String(port)}`;

async function waitUntilReady(url: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('the service did not start');
}

/** The built service, as `npm start` runs it, on a fresh dev-mode data directory. */
function startService(dataDir: string): ChildProcess {
  return spawn(process.execPath, ['dist/server/main.js'], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      NODE_COMPILE_CACHE: join(root, 'node_modules/.cache/node-compile-cache'),
    },
    stdio: 'ignore',
  });
}

/** A few drafts for the sample referrer, so home has a list to show. */
async function seedDrafts(count: number): Promise<void> {
  const signIn = await fetch(`${base}/api/dev/sign-in`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user: 'referrer' }),
  });
  const { token } = (await signIn.json()) as { token: string };
  for (let i = 0; i < count; i++) {
    await fetch(`${base}/api/referrals`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: '{}',
    });
  }
}

/**
 * Opens /tab in a fresh browser context (empty cache) and reads the tab's own `prr-ready` mark: milliseconds from
 * navigation start until the first screen shows its data (host detected, signed in, referrals listed).
 */
async function sampleLoad(browser: Browser, warm: boolean): Promise<number> {
  const context = await browser.newContext({ locale: 'en-GB' });
  try {
    const page = await context.newPage();
    if (warm) {
      await page.goto(`${base}/tab`);
      await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
    }
    await page.goto(`${base}/tab`);
    await page.locator('html[data-ready="true"]').waitFor({ state: 'attached', timeout: 15_000 });
    return await page.evaluate(() => performance.getEntriesByName('prr-ready')[0]?.startTime ?? Number.NaN);
  } finally {
    await context.close();
  }
}

export async function tabInteractiveBench(): Promise<BenchResult[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'prr-bench-tab-'));
  const service = startService(dataDir);
  const browser = await launchChromium();
  try {
    await waitUntilReady(`${base}/readyz`);
    await seedDrafts(3);
    await sampleLoad(browser, false); // first load warms the service (compile cache, SQLite pages)
    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < runs; i++) {
      cold.push(await sampleLoad(browser, false));
      warm.push(await sampleLoad(browser, true));
    }
    const coldMedian = median(cold);
    const spread = (values: number[]) =>
      `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))}`;
    return [
      {
        what: 'tab interactive in headless Chromium, local server (navigation start → home listed, empty cache, dev sign-in)',
        bar: '<= 1000 ms',
        measured: `${Math.round(coldMedian)} ms median of ${String(runs)} (${spread(cold)} ms)`,
        meetsBar: coldMedian <= 1000,
        notes: `with the browser cache warm (as Teams keeps it): ${Math.round(median(warm))} ms median (${spread(warm)} ms)`,
      },
    ];
  } finally {
    await browser.close();
    service.kill('SIGTERM');
    await new Promise((r) => service.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}
