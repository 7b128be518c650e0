import { describe, it, expect } from '@jest/globals';
import type { Browser } from 'playwright-core';
import type { ReferralView } from '../../src/app/referrals/referral-view.ts';
import { apiAs, userId } from '../support/api-session.ts';
import { keepScreenshot, seriousAccessibilityFindings } from '../support/browser.ts';
import type { TestApp } from '../support/test-app.ts';
import { withAppAndBrowser } from './suite-app-and-browser.ts';
import {
  fillAboutYou,
  fillDates,
  fillHouseholdAndAgencies,
  fillIncidentLearningAndProcesses,
  fillSafeguardingLead,
  fillTwoChildren,
} from './referral-form-filler.ts';
import { daysAgo, openTab, runCheck, waitForHeading, waitUntilSaved } from './tab-page.ts';

describe('tab: the referrer’s whole path in a plain browser (dev mode, SQLite)', () => {
  let app: TestApp;
  let browser: Browser;

  withAppAndBrowser((started) => ({ app, browser } = started));

  it('checks a case, starts a referral, fills every section for two children, records the Safeguarding Lead and sends it to the PRSG member', async () => {
    const incident = daysAgo(3);
    const page = await openTab(browser, app);
    await page.getByRole('button', { name: 'Check a case' }).click();
    await waitForHeading(page, 'Check a case');
    const outcome = await runCheck(page, incident);
    expect(await outcome.textContent()).toContain('A referral must be made');
    expect(await outcome.textContent()).toMatch(/Referral due by \w+day,? \d{1,2} \w+ \d{4}/);

    await page.getByRole('button', { name: 'Start a referral' }).click();
    await waitForHeading(page, /^Referral SSCP-\d{4}-\d{4}$/);
    const id = /#\/referrals\/([0-9a-f-]{36})$/.exec(page.url())?.[1];
    expect(id).toBeDefined();
    // The check filled in the route, the incident date and what happened.
    expect(await page.getByRole('radio', { name: 'Serious incident' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Date of the incident').inputValue()).toBe(incident);
    expect(await page.getByLabel('Your full name').inputValue()).toBe('Riley Hughes');
    await keepScreenshot(page, 'tab-referral-form-new');

    await fillAboutYou(page);
    await fillSafeguardingLead(page, daysAgo(2));
    await fillDates(page, { awareness: daysAgo(2), death: daysAgo(2) });
    await fillTwoChildren(page);
    await fillHouseholdAndAgencies(page);
    await fillIncidentLearningAndProcesses(page);
    await waitUntilSaved(page);
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
    await keepScreenshot(page, 'tab-referral-form-filled');

    await page
      .getByRole('checkbox', { name: /I confirm the information in this referral is accurate/ })
      .check();
    await page.getByLabel('PRSG member to send it to').selectOption({ label: 'Priya Shah' });
    await page.getByRole('button', { name: 'Send to PRSG member' }).click();
    await page.getByText('Sent for quality assurance').waitFor();
    expect(await page.getByText('With PRSG member').first().isVisible()).toBe(true);
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
    await keepScreenshot(page, 'tab-referral-sent-for-qa');

    const stored = await apiAs(app, 'referrer').get<ReferralView>(`/api/referrals/${id!}`);
    expect(stored.body.state).toBe('submitted');
    expect(stored.body.reviewerId).toBe(userId('reviewer'));
    expect(stored.body.form.children?.map((c) => c.names?.fullName)).toEqual(['Child A', 'Child B']);
    expect(stored.body.form.children?.[0]?.names?.otherNames).toEqual(['Ayla', 'AJ']);
    expect(stored.body.form.children?.[0]?.postcode).toBe('M5 4WT');
    expect(stored.body.form.children?.[1]?.legalStatus).toEqual(['none_known']);
    expect(stored.body.form.safeguardingLead).toMatchObject({ consulted: true, name: 'Alex Morgan' });
    expect(stored.body.form.incident?.abuseTypes).toEqual(['neglect']);

    await page.getByRole('link', { name: 'Your referrals' }).click();
    await waitForHeading(page, 'Your referrals');
    const row = page.getByRole('row', { name: new RegExp(stored.body.reference) });
    expect(await row.textContent()).toContain('With PRSG member');
    expect(await row.textContent()).toMatch(/working days? left|Due today/);
  }, 120_000);

  it('lists every missing field in an error summary that takes focus and links to each field', async () => {
    const page = await openTab(browser, app);
    await page.getByRole('button', { name: 'Start a referral without a check' }).click();
    await waitForHeading(page, /^Referral SSCP-/);
    await page.getByRole('button', { name: 'Send to PRSG member' }).click();

    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    const links = summary.getByRole('link');
    expect(await links.count()).toBeGreaterThan(10);
    expect(await summary.textContent()).toContain('Choose the type of referral');
    expect(await summary.textContent()).toContain('Add at least one child');
    expect(await summary.textContent()).toContain('Choose the PRSG member to send the referral to');

    await summary.getByRole('link', { name: 'Enter your job title' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-referrer-jobTitle');
    expect(await page.getByLabel('Your job title').getAttribute('aria-invalid')).toBe('true');
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
    await keepScreenshot(page, 'tab-referral-error-summary');
  }, 90_000);

  it('checks formats as the person leaves a field, and warns (without refusing) when free text looks like markup', async () => {
    const page = await openTab(browser, app);
    await page.getByRole('button', { name: 'Start a referral without a check' }).click();
    await waitForHeading(page, /^Referral SSCP-/);
    const children = page.getByRole('region', { name: '5. The children' });
    await children.getByRole('button', { name: 'Add child' }).click();
    const postcode = children.getByLabel('Postcode');
    await postcode.fill('not a postcode');
    await postcode.blur();
    await page.getByText('Enter a real UK postcode, like M5 4WT').waitFor();

    const description = page.getByLabel('Brief factual description');
    await description.fill('<b>Child</b> was **hurt**');
    await page.getByText(/looks like HTML or Markdown/).waitFor();
    await waitUntilSaved(page);
    expect(await page.getByText('25 of 4,000 characters').count()).toBe(1);
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
  }, 90_000);

  it('can be filled from the keyboard alone: lists, radio buttons, check boxes and the error summary', async () => {
    const page = await openTab(browser, app);
    await page.getByRole('button', { name: 'Start a referral without a check' }).click();
    await waitForHeading(page, /^Referral SSCP-/);
    const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');

    await page.getByRole('button', { name: 'Add child' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'f-children-0-names-fullName');
    await page.keyboard.type('Child C');
    await page.keyboard.press('Tab');
    expect(await focusedId()).toBe('f-children-0-names-otherNames');

    const child = page.getByRole('group', { name: 'Child 1' });
    await child.getByRole('radio', { name: 'Date of birth' }).focus();
    await page.keyboard.press('ArrowDown');
    expect(await child.getByRole('radio', { name: 'Expected due date (unborn child)' }).isChecked()).toBe(
      true,
    );
    await child.getByRole('checkbox', { name: 'Child in need' }).focus();
    await page.keyboard.press('Space');
    expect(await child.getByRole('checkbox', { name: 'Child in need' }).isChecked()).toBe(true);

    await page.getByRole('button', { name: 'Send to PRSG member' }).focus();
    await page.keyboard.press('Enter');
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await summary.getByRole('link', { name: 'Child 1: Enter the expected due date' }).focus();
    await page.keyboard.press('Enter');
    expect(await focusedId()).toBe('f-children-0-expectedDueDate');
    await waitUntilSaved(page);
    const stored = await apiAs(app, 'referrer').get<ReferralView>(
      `/api/referrals/${/#\/referrals\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? ''}`,
    );
    expect(stored.body.form.children?.[0]).toMatchObject({
      names: { fullName: 'Child C' },
      dobKind: 'expected_due_date',
      legalStatus: ['child_in_need'],
    });
  }, 90_000);
});
