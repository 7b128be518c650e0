import { describe, it, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { aSubmittedReferral } from '../support/api-session.ts';
import { keepScreenshot } from '../support/browser.ts';
import type { TestApp } from '../support/test-app.ts';
import { withAppAndBrowser } from './suite-app-and-browser.ts';

const harnessHtml = readFileSync(join(import.meta.dirname, '../support/teams-host-harness.html'), 'utf8');

interface HostMessage {
  readonly func: string;
  readonly args: unknown[];
}

/** The theme tokens as the tab's FluentProvider applies them. */
const teamsBackgrounds = { default: '#ffffff', dark: '#292929', contrast: '#000000' } as const;

/**
 * Serves the harness from the app's own origin (the tab may only be framed by itself or Microsoft 365) and opens
 * it with the tab inside.
 */
async function openInHarness(
  browser: Browser,
  app: TestApp,
  query: Record<string, string>,
): Promise<{ page: Page; tab: Frame }> {
  const page = await browser.newPage({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(20_000);
  await page.route(`${app.baseUrl}/teams-host-harness.html*`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: harnessHtml }),
  );
  const search = new URLSearchParams({ tab: `${app.baseUrl}/tab`, ...query });
  await page.goto(`${app.baseUrl}/teams-host-harness.html?${search.toString()}`);
  const frame = await (await page.waitForSelector('iframe#tab')).contentFrame();
  if (!frame) throw new Error('the harness has no tab frame');
  return { page, tab: frame };
}

const received = (page: Page, func: string) =>
  page.evaluate(
    (name) => (window as unknown as { harness: { calls(f: string): HostMessage[] } }).harness.calls(name),
    func,
  );

const background = (tab: Frame) =>
  tab.evaluate(() =>
    getComputedStyle(document.querySelector('.fui-FluentProvider')!)
      .getPropertyValue('--colorNeutralBackground1')
      .trim()
      .toLowerCase(),
  );

describe('tab: inside Teams (a harness page answers the teams-js handshake)', () => {
  let app: TestApp;
  let browser: Browser;

  withAppAndBrowser((started) => ({ app, browser } = started));

  it('initialises teams-js, takes the dark theme from the context, opens the deep-linked referral and reports success', async () => {
    const referral = await aSubmittedReferral(app);
    const { page, tab } = await openInHarness(browser, app, { theme: 'dark', subPageId: referral.id });
    await tab.getByRole('heading', { level: 1, name: `Referral ${referral.reference}` }).waitFor();
    await tab.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
    await page.waitForFunction(
      () =>
        (window as unknown as { harness: { calls(f: string): unknown[] } }).harness.calls(
          'appInitialization.success',
        ).length > 0,
    );

    expect(await background(tab)).toBe(teamsBackgrounds.dark);
    expect(tab.url()).toContain(`#/referrals/${referral.id}`);
    await tab.getByText('DEV MODE').waitFor();
    expect((await received(page, 'initialize')).length).toBe(1);
    expect((await received(page, 'getContext')).length).toBe(1);
    expect((await received(page, 'registerHandler')).map((m) => m.args[0])).toContain('themeChange');
    expect(await received(page, 'appInitialization.failure')).toEqual([]);
    await keepScreenshot(page, 'tab-in-teams-dark-deep-link');
  }, 90_000);

  it('follows the theme when Teams changes it: default, high contrast, dark', async () => {
    const { page, tab } = await openInHarness(browser, app, { theme: 'default' });
    await tab.getByRole('heading', { level: 1, name: 'Your referrals' }).waitFor();
    expect(await background(tab)).toBe(teamsBackgrounds.default);

    for (const theme of ['contrast', 'dark', 'default'] as const) {
      await page.evaluate(
        (t) => (window as unknown as { harness: { sendTheme(x: string): void } }).harness.sendTheme(t),
        theme,
      );
      await tab.waitForFunction(
        (expected) =>
          getComputedStyle(document.querySelector('.fui-FluentProvider')!)
            .getPropertyValue('--colorNeutralBackground1')
            .trim()
            .toLowerCase() === expected,
        teamsBackgrounds[theme],
      );
      if (theme === 'contrast') await keepScreenshot(page, 'tab-in-teams-high-contrast');
    }
    expect(await background(tab)).toBe(teamsBackgrounds.default);
  }, 90_000);

  it('runs on its own when framed by a page that is not a Microsoft 365 host', async () => {
    const { tab } = await openInHarness(browser, app, { silent: '1' });
    await tab.getByRole('heading', { level: 1, name: 'Your referrals' }).waitFor();
    await tab.getByText('DEV MODE').waitFor();
    expect(await background(tab)).toBe(teamsBackgrounds.default);
  }, 90_000);
});
