import { describe, it, expect } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { keepScreenshot, seriousAccessibilityFindings } from '../support/browser.ts';
import type { TestApp } from '../support/test-app.ts';
import { withAppAndBrowser } from './suite-app-and-browser.ts';
import { choose, openTab, runCheck, waitForHeading } from './tab-page.ts';

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

describe('tab: criteria check in a plain browser (dev mode)', () => {
  let app: TestApp;
  let browser: Browser;

  const openCheck = async () => {
    const page = await openTab(browser, app, { path: '#/check' });
    await waitForHeading(page, 'Check a case');
    return page;
  };

  withAppAndBrowser((started) => ({ app, browser } = started));

  it('asks one question at a time with its progress, then shows the outcome, reasons, next steps and due date', async () => {
    const page = await openCheck();
    await page.getByText('DEV MODE').waitFor();
    await page.getByRole('heading', { name: 'Question 1 of 7' }).waitFor();
    expect(await seriousAccessibilityFindings(page)).toEqual([]);

    const outcome = await runCheck(page, '2025-12-23');
    const text = await outcome.textContent();
    expect(text).toContain('A referral must be made');
    expect(text).toContain('The child died.');
    expect(text).toContain('Abuse or neglect is suspected.');
    expect(text).toContain('Discuss the case with your Safeguarding Lead and/or PRSG member.');
    expect(text).toMatch(/Referral due by Friday,? 2 January 2026/);
    expect(await outcome.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
    await keepScreenshot(page, 'tab-criteria-check-outcome');
  }, 90_000);

  it('marks an unanswered question instead of moving on', async () => {
    const page = await openCheck();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Choose an answer to go on.').waitFor();
    expect(await page.getByRole('heading', { name: 'Question 1 of 7' }).isVisible()).toBe(true);
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
  }, 90_000);

  it('tells the person to act now as soon as they say a child is at immediate risk', async () => {
    const page = await openCheck();
    await choose(page, 'Is any child at immediate risk now?', 'Yes');
    const alert = page.getByRole('alert').filter({ hasText: 'Act now' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/999/);
  }, 90_000);

  it('lets an answer be changed from the summary and comes back to it', async () => {
    const page = await openCheck();
    await runCheck(page, '2025-12-23');
    await page.getByRole('button', { name: 'Change answers' }).click();
    await page
      .getByRole('button', { name: 'Change answer to: Was multi-agency practice not robust?' })
      .click();
    await page.getByRole('heading', { name: 'Question 6 of 7' }).waitFor();
    await choose(page, 'Was multi-agency practice not robust?', 'Yes, agencies did not work well together');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
    expect(await page.getByText('Yes, agencies did not work well together').isVisible()).toBe(true);
  }, 90_000);

  it('works from the keyboard alone, with focus following each step', async () => {
    const page = await openCheck();
    await page.getByRole('heading', { name: 'Question 1 of 7' }).focus();
    for (let question = 1; question <= 7; question++) {
      await page.getByRole('heading', { name: `Question ${String(question)} of 7` }).waitFor();
      expect(await focusedText(page)).toBe(`Question ${String(question)} of 7`);
      await page.keyboard.press('Tab'); // into the radio group (its first option)
      await page.keyboard.press(question === 1 ? 'ArrowDown' : 'Space'); // question 1: "No"; others: the first answer
      await page.keyboard.press('Tab'); // to Next / Continue
      if (question > 1) await page.keyboard.press('Tab'); // past Back
      await page.keyboard.press('Enter');
    }
    await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
    expect(await focusedText(page)).toBe('Check your answers');
    await page.getByLabel('Date of the incident').focus();
    await page.keyboard.type('23122025');
    await page.getByRole('button', { name: 'See the outcome' }).focus();
    await page.keyboard.press('Enter');
    const outcome = page.getByRole('region', { name: 'Outcome' });
    await outcome.waitFor();
    expect(await outcome.textContent()).toContain('A referral must be made');
  }, 90_000);
});
