import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { keepScreenshot, launchChromium, seriousAccessibilityFindings } from '../support/browser.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('tab: criteria check in a plain browser (dev mode)', () => {
  let app: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows DEV MODE, runs the check and shows the outcome and due date, with no serious axe findings', async () => {
    const page = await browser.newPage({ locale: 'en-GB' });
    await page.goto(`${app.baseUrl}/tab`);
    await page.getByText('DEV MODE').waitFor();
    expect(await seriousAccessibilityFindings(page)).toEqual([]);

    const choose = async (question: string, option: string) =>
      page
        .getByRole('radiogroup', { name: question })
        .getByRole('radio', { name: option, exact: true })
        .check();
    await choose('Is any child at immediate risk now?', 'No');
    await choose('What happened to the child?', 'The child died');
    await choose('Is abuse or neglect known or suspected?', 'Suspected');
    await choose('Who is the child?', 'Under 18 (or unborn)');
    await choose(
      'Where did it happen?',
      'In our area, or the child lives here and it happened outside England',
    );
    await choose('Was multi-agency practice not robust?', 'No');
    await choose('Did strong multi-agency work lead to a good outcome?', 'No');
    await page.getByLabel('Date of the incident').fill('2025-12-23');
    await page.getByRole('button', { name: 'Check' }).click();

    const outcome = page.getByRole('region', { name: 'Outcome' });
    await outcome.waitFor();
    expect(await outcome.textContent()).toContain('A referral must be made');
    expect(await outcome.textContent()).toMatch(/Referral due by Friday,? 2 January 2026/);
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
    await keepScreenshot(page, 'tab-criteria-check-outcome');
  });

  it('marks unanswered questions instead of sending an incomplete check', async () => {
    const page = await browser.newPage({ locale: 'en-GB' });
    await page.goto(`${app.baseUrl}/tab`);
    await page.getByText('DEV MODE').waitFor();
    await page.getByRole('button', { name: 'Check' }).click();
    expect(await page.getByText('Choose an answer.').count()).toBe(7);
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
  });
});
