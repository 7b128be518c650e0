import { describe, it, expect } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { keepScreenshot, seriousAccessibilityFindings } from '../support/browser.ts';
import type { TestApp } from '../support/test-app.ts';
import { withAppAndBrowser } from './suite-app-and-browser.ts';

/**
 * Production sign-in as the browser sees it: the service answers as a production deployment would (no dev
 * routes, a client config with or without an app registration). Entra ID itself is out of reach in a test.
 */
describe('tab: signing in outside dev mode, in a plain browser', () => {
  let app: TestApp;
  let browser: Browser;

  const openAsProduction = async (clientId: string | null): Promise<{ page: Page; scripts: string[] }> => {
    const page = await browser.newPage({ locale: 'en-GB' });
    page.setDefaultTimeout(20_000);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.route('**/api/dev/**', (route) => route.fulfill({ status: 404, body: '' }));
    await page.route('**/api/client-config', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          clientId,
          tenantId: '00000000-0000-4000-8000-000000000abc',
          apiScope: null,
          devMode: false,
        }),
      }),
    );
    await page.route('https://login.microsoftonline.com/**', (route) => route.abort());
    await page.goto(`${app.baseUrl}/tab`);
    return { page, scripts };
  };

  withAppAndBrowser((started) => ({ app, browser } = started));

  it('loads MSAL only now, tries silently, and waits for a click before opening any sign-in window', async () => {
    const { page, scripts } = await openAsProduction('11111111-2222-4333-8444-555555555555');
    const popups: Page[] = [];
    page.on('popup', (popup) => popups.push(popup));
    const prompt = page.getByRole('alert');
    await prompt.waitFor();
    expect(await page.getByRole('button', { name: 'Sign in' }).isEnabled()).toBe(true);
    expect(popups).toEqual([]);
    expect(scripts.some((s) => /\/assets\/msal\.[0-9a-f]+\.js$/.test(s))).toBe(true);
    expect(await page.getByText('DEV MODE').count()).toBe(0);
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
    await keepScreenshot(page, 'tab-sign-in-prompt');
  }, 90_000);

  it('says sign-in is not set up when the service has no app registration', async () => {
    const { page, scripts } = await openAsProduction(null);
    await page.getByText('Sign-in is not set up').waitFor();
    expect(await page.getByRole('button', { name: 'Sign in' }).count()).toBe(0);
    expect(scripts.some((s) => s.includes('/msal.'))).toBe(false);
  }, 90_000);
});
