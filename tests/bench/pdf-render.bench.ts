import { createPdfkitReferralRenderer } from '../../src/adapters/pdf/index.ts';
import { aFullReferralDocument } from '../support/referral-document-builder.ts';
import { median, percentile, type BenchResult } from './bench-result.ts';

const warmUps = 5;
const runs = 30;
const barMs = 150;

/**
 * Renders the full fixture referral (three children, household, agencies, free text near its limits, two QA
 * decisions: several pages) with compressed output, as production sends it.
 */
export async function pdfRenderBench(): Promise<BenchResult[]> {
  const renderer = createPdfkitReferralRenderer();
  const document = aFullReferralDocument();
  const firstStarted = performance.now();
  let bytes = await renderer.render(document);
  // Production renders a PDF now and then, so the first render of a process (code not yet optimised) matters too.
  const firstMs = performance.now() - firstStarted;
  for (let i = 1; i < warmUps; i++) bytes = await renderer.render(document);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await renderer.render(document);
    samples.push(performance.now() - started);
  }
  const p50 = median(samples);
  const p95 = percentile(samples, 95);
  const pages =
    Buffer.from(bytes)
      .toString('latin1')
      .match(/\/Type \/Page\n/g)?.length ?? 0;
  return [
    {
      what: 'PDF of a full referral (3 children, long free text, QA record; compressed, tagged)',
      bar: `<= ${barMs} ms`,
      measured: `${p50.toFixed(0)} ms median, ${p95.toFixed(0)} ms p95 of ${runs} (after ${warmUps} warm-ups)`,
      meetsBar: p95 <= barMs,
      notes: `${pages} pages, ${(bytes.length / 1024).toFixed(0)} KB; first render in the process ${firstMs.toFixed(0)} ms`,
    },
  ];
}
