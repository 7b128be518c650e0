import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/**
 * Renders assets/color.svg (192×192) and assets/outline.svg (32×32, white on transparent) to the PNGs
 * the app package carries, with the system Chromium. Run it after changing an SVG:
 * `node src/adapters/teams/manifest/render-icons.ts`.
 */
async function main(): Promise<void> {
  const assets = join(import.meta.dirname, '..', '..', '..', '..', 'assets');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    for (const [name, size] of [
      ['color', 192],
      ['outline', 32],
    ] as const) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      await page.setContent(
        `<body style="margin:0">${readFileSync(join(assets, `${name}.svg`), 'utf8')}</body>`,
      );
      writeFileSync(
        join(assets, `${name}.png`),
        await page.locator('svg').screenshot({ omitBackground: true }),
      );
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

if (import.meta.main) await main();
