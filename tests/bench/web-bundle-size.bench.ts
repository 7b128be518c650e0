import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchResult } from './bench-result.ts';

const webRoot = join(import.meta.dirname, '../../dist/web');

/** Gzipped size of the scripts a page loads before it can do anything (lazy chunks excluded). */
export function firstLoadKb(page: string): number {
  const html = readFileSync(join(webRoot, page), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="\/([^"]+)"/g)].map((m) => m[1]!);
  const bytes = scripts.reduce(
    (sum, src) => sum + gzipSync(readFileSync(join(webRoot, src)), { level: 9 }).length,
    0,
  );
  return bytes / 1024;
}

export function webBundleSizeBench(): BenchResult[] {
  const tab = firstLoadKb('tab/index.html');
  return [
    {
      what: 'tab first-load JavaScript (gzip -9)',
      bar: '<= 120 KB',
      measured: `${tab.toFixed(1)} KB`,
      meetsBar: tab <= 120,
      notes:
        'boot script, React, Fluent UI core and the shell; MSAL, teams-js and every screen load as lazy chunks',
    },
  ];
}
