import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** The Debian chromium package; browsers are never downloaded by a test tool. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-quic',
      '--disable-sync',
    ],
  });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: string[];
}

/** Runs axe-core (WCAG 2.0–2.2 A/AA rules) in the page; returns serious and critical findings. */
export async function seriousAccessibilityFindings(page: Page): Promise<AxeFinding[]> {
  // Colours are judged as the person sees them once a dialog or panel has faded in, not half-way through.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
  // Evaluated over the DevTools protocol, so the page's Content-Security-Policy stays in force for the app.
  await page.evaluate(axeSource);
  const findings = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(options: unknown): Promise<{ violations: unknown[] }> } })
      .axe;
    const result = await axe.run({
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return result.violations as { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
  });
  return findings
    .filter((f) => f.impact === 'serious' || f.impact === 'critical')
    .map((f) => ({ id: f.id, impact: f.impact, help: f.help, targets: f.nodes.flatMap((n) => n.target) }));
}

const artifactsDir = join(import.meta.dirname, '../../test-artifacts/screenshots');

/** Keeps a full-page screenshot as a test artifact (test-artifacts/screenshots/<name>.png). */
export async function keepScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const path = join(artifactsDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
