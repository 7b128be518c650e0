import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import type { BenchResult } from './bench-result.ts';
import { coldStartBench } from './cold-start.bench.ts';
import { webBundleSizeBench } from './web-bundle-size.bench.ts';
import { tabInteractiveBench } from './tab-interactive.bench.ts';
import { autosaveBench } from './autosave.bench.ts';
import { pdfRenderBench } from './pdf-render.bench.ts';
import { botInvokeBench } from './bot-invoke.bench.ts';

/**
 * `npm run bench`: measures every bar in the architecture brief that exists so far and rewrites
 * docs/BENCHMARKS.md. Run on an otherwise idle machine; numbers are medians of several runs.
 */
const sections: { title: string; run: () => Promise<BenchResult[]> | BenchResult[] }[] = [
  { title: 'Start-up and memory', run: coldStartBench },
  { title: 'Web bundles', run: webBundleSizeBench },
  { title: 'Teams tab', run: tabInteractiveBench },
  { title: 'API', run: autosaveBench },
  { title: 'Referral PDF', run: pdfRenderBench },
  { title: 'Teams bot', run: botInvokeBench },
];

const machine = () => {
  const cpu = cpus();
  const commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
  return [
    `- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, commit \`${commit}\``,
    `- Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${process.platform}`,
    `- Node.js ${process.version} (pinned by the \`node\` devDependency)`,
  ].join('\n');
};

const table = (rows: BenchResult[]) =>
  [
    '| what | bar | measured | meets bar | notes |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) => `| ${r.what} | ${r.bar} | ${r.measured} | ${r.meetsBar ? 'yes' : '**no**'} | ${r.notes ?? ''} |`,
    ),
  ].join('\n');

const parts = [
  '# Benchmarks',
  '',
  'Written by `npm run bench` (tests/bench/run-benchmarks.ts); do not edit by hand.',
  '',
  machine(),
];
for (const section of sections) {
  process.stdout.write(`bench: ${section.title}…\n`);
  parts.push('', `## ${section.title}`, '', table(await section.run()));
}
writeFileSync(join(import.meta.dirname, '../../docs/BENCHMARKS.md'), `${parts.join('\n')}\n`);
process.stdout.write(`${parts.join('\n')}\n`);
