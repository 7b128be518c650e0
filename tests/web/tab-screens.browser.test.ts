import { describe, it, expect, beforeAll } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import type { ReferralView } from '../../src/app/referrals/referral-view.ts';
import { aReadyDraft, aSubmittedReferral, apiAs } from '../support/api-session.ts';
import { keepScreenshot, seriousAccessibilityFindings } from '../support/browser.ts';
import type { TestApp } from '../support/test-app.ts';
import { withAppAndBrowser } from './suite-app-and-browser.ts';
import { answerPartnershipFigures } from './partnership-fixtures.ts';
import { daysAgo, openTab, runCheck, waitForHeading, type ColorScheme } from './tab-page.ts';

/**
 * Every screen of the workspace in the default and the dark theme: no serious or critical axe finding on any,
 * and a screenshot of each kept as a test artifact (test-artifacts/screenshots/tab-<screen>-<theme>.png).
 */
describe('tab: every screen in the default and the dark theme', () => {
  let app: TestApp;
  let browser: Browser;
  let draft: ReferralView;
  let submitted: ReferralView;

  const check = async (page: Page, screen: string, theme: ColorScheme) => {
    expect({ screen, findings: await seriousAccessibilityFindings(page) }).toEqual({ screen, findings: [] });
    await keepScreenshot(page, `tab-${screen}-${theme === 'light' ? 'default' : 'dark'}`);
  };

  withAppAndBrowser((started) => ({ app, browser } = started));
  beforeAll(async () => {
    draft = await aReadyDraft(app);
    submitted = await aSubmittedReferral(app);
    await apiAs(app, 'referrer').post('/api/referrals', {});
  });

  it.each<ColorScheme>(['light', 'dark'])(
    'the referrer’s screens pass axe in the %s theme',
    async (theme) => {
      const page = await openTab(browser, app, { colorScheme: theme });
      await waitForHeading(page, 'Your referrals');
      await check(page, 'home', theme);

      await page.getByRole('link', { name: 'Check a case' }).click();
      await waitForHeading(page, 'Check a case');
      await check(page, 'check-question', theme);
      await runCheck(page, daysAgo(1));
      await check(page, 'check-outcome', theme);

      await page.goto(`${app.baseUrl}/tab#/referrals/${draft.id}`);
      await waitForHeading(page, `Referral ${draft.reference}`);
      await page.getByRole('region', { name: '10. Other processes' }).waitFor();
      await check(page, 'referral-form', theme);

      await page.getByRole('link', { name: 'Timeline' }).click();
      await waitForHeading(page, `Timeline of ${draft.reference}`);
      await check(page, 'timeline', theme);

      await page.getByRole('link', { name: 'Guidance' }).click();
      await waitForHeading(page, 'Guidance');
      await check(page, 'guidance', theme);

      await page.goto(`${app.baseUrl}/tab#/nowhere`);
      await waitForHeading(page, 'Page not found');
      await check(page, 'not-found', theme);
    },
    120_000,
  );

  it.each<ColorScheme>(['light', 'dark'])(
    'the PRSG member’s review passes axe in the %s theme',
    async (theme) => {
      const page = await openTab(browser, app, {
        colorScheme: theme,
        as: 'reviewer',
        path: `#/referrals/${submitted.id}`,
      });
      await waitForHeading(page, `Referral ${submitted.reference}`);
      await page.getByRole('region', { name: 'Your decision' }).waitFor();
      await check(page, 'review', theme);
    },
    90_000,
  );

  it.each<ColorScheme>(['light', 'dark'])(
    'the partnership view passes axe in the %s theme',
    async (theme) => {
      const page = await browser.newPage({
        locale: 'en-GB',
        colorScheme: theme,
        viewport: { width: 1280, height: 900 },
      });
      await page.addInitScript(() => sessionStorage.setItem('prr.devUser', 'partnership'));
      await answerPartnershipFigures(page);
      await page.goto(`${app.baseUrl}/tab#/partnership`);
      await waitForHeading(page, 'Partnership view');
      await page.getByRole('region', { name: 'Timeliness' }).getByRole('table').waitFor();
      await check(page, 'partnership', theme);
    },
    90_000,
  );
});
