import { afterAll, beforeAll } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/**
 * One service (dev mode, SQLite) and one Chromium for a describe block, started before its tests and closed
 * after; `assign` hands them to the suite's own variables.
 */
export function withAppAndBrowser(assign: (started: { app: TestApp; browser: Browser }) => void): void {
  let started: { app: TestApp; browser: Browser } | undefined;
  beforeAll(async () => {
    const app = await startTestApp();
    started = {
      app,
      browser: await launchChromium().catch(async (error: unknown) => {
        await app.close();
        throw error;
      }),
    };
    assign(started);
  }, 60_000);
  afterAll(async () => {
    await started?.browser.close();
    await started?.app.close();
  });
}
