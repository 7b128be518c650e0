import { describe, it, expect } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { keepScreenshot, seriousAccessibilityFindings } from '../support/browser.ts';
import type { TestApp } from '../support/test-app.ts';
import { withAppAndBrowser } from './suite-app-and-browser.ts';
import { answerPartnershipFigures } from './partnership-fixtures.ts';
import { waitForHeading, waitForReady } from './tab-page.ts';

describe('tab: the partnership business unit’s view', () => {
  let app: TestApp;
  let browser: Browser;

  const openAsPartnership = async (figures: 200 | 404 | 'real') => {
    const page = await browser.newPage({
      locale: 'en-GB',
      timezoneId: 'Europe/London',
      viewport: { width: 1280, height: 900 },
    });
    page.setDefaultTimeout(20_000);
    await page.addInitScript(() => sessionStorage.setItem('prr.devUser', 'partnership'));
    if (figures !== 'real') await answerPartnershipFigures(page, figures);
    await page.goto(`${app.baseUrl}/tab#/partnership`);
    await waitForReady(page);
    await waitForHeading(page, 'Partnership view');
    return page;
  };
  const timelinessPanel = (page: Page) => page.getByRole('region', { name: 'Timeliness' });

  withAppAndBrowser((started) => ({ app, browser } = started));

  it('shows the share sent within the deadline by month as a chart with the same figures in a table, and the median', async () => {
    const page = await openAsPartnership(200);
    const panel = timelinessPanel(page);
    await panel.getByRole('table').waitFor();

    const chart = panel.getByRole('img');
    expect(await chart.getAttribute('aria-labelledby')).toBe('chart-title chart-description');
    expect(await page.locator('#chart-description').textContent()).toContain('August 2026: 50% of 2');
    expect(await chart.locator('rect').count()).toBe(5);

    const rows = panel.getByRole('table').getByRole('row');
    expect(await rows.count()).toBe(6);
    expect(await rows.nth(1).textContent()).toBe('June 20264375%');
    expect(await panel.textContent()).toContain('80%'); // 16 of 20 across the months
    expect(await panel.textContent()).toContain('median working days from incident to sending');

    const received = page.getByRole('region', { name: 'Referrals received' });
    expect(await received.getByRole('row').count()).toBe(3);
    expect(await received.getByRole('row', { name: /SSCP-2026-0041/ }).textContent()).toContain(
      'After the deadline',
    );
    expect(await received.getByRole('row', { name: /SSCP-2026-0037/ }).textContent()).toContain(
      'Within the deadline',
    );
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
    await keepScreenshot(page, 'tab-partnership');
  }, 90_000);

  it('says the figures are unavailable when the service does not report them, and still lists what was sent', async () => {
    const page = await openAsPartnership(404);
    await timelinessPanel(page)
      .getByText(/Figures unavailable/)
      .waitFor();
    expect(await page.getByRole('region', { name: 'Referrals received' }).getByRole('row').count()).toBe(3);
  }, 90_000);

  it('shows an empty partnership view from the real service before anything has been sent', async () => {
    const page = await openAsPartnership('real');
    await page.getByText('No referrals have been sent to the partnership yet.').waitFor();
    await timelinessPanel(page)
      .getByText(/No referrals have been sent yet|Figures unavailable/)
      .waitFor();
  }, 90_000);

  it('is not offered to people outside the business unit', async () => {
    const page = await browser.newPage({ locale: 'en-GB' });
    await page.goto(`${app.baseUrl}/tab#/partnership`);
    await waitForReady(page);
    expect(
      await page
        .getByRole('navigation', { name: 'Workspace' })
        .getByRole('link', { name: 'Partnership' })
        .count(),
    ).toBe(0);
    await page.getByText('This view is for the partnership business unit.').waitFor();
  }, 90_000);
});
