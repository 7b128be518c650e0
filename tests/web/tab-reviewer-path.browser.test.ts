import { describe, it, expect } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import type { ReferralView } from '../../src/app/referrals/referral-view.ts';
import { aSubmittedReferral, apiAs } from '../support/api-session.ts';
import { keepScreenshot, seriousAccessibilityFindings } from '../support/browser.ts';
import type { TestApp } from '../support/test-app.ts';
import { withAppAndBrowser } from './suite-app-and-browser.ts';
import { choose, openTab, waitForHeading, waitForReady } from './tab-page.ts';

/** Switches the sample user with the DEV MODE banner, as a tester would. */
async function signInAs(page: Page, person: string): Promise<void> {
  const picker = page.getByLabel('Signed in as');
  const option = await picker.locator('option').filter({ hasText: person }).getAttribute('value');
  await picker.selectOption(option ?? '');
  await page.getByText(`Signed in as ${person}`, { exact: true }).waitFor();
  await waitForReady(page);
}

async function openToReview(page: Page, reference: string): Promise<void> {
  const toReview = page.getByRole('region', { name: 'To review as PRSG member' });
  await toReview.getByRole('link', { name: reference }).click();
  await waitForHeading(page, `Referral ${reference}`);
}

describe('tab: the PRSG member’s path in a plain browser (dev mode, SQLite)', () => {
  let app: TestApp;
  let browser: Browser;

  withAppAndBrowser((started) => ({ app, browser } = started));

  it('signs in as the PRSG member, finds the referral to review, reads it and approves it', async () => {
    const referral = await aSubmittedReferral(app);
    const page = await openTab(browser, app);
    await signInAs(page, 'Priya Shah');
    const toReview = page.getByRole('region', { name: 'To review as PRSG member' });
    expect(await toReview.getByRole('row', { name: new RegExp(referral.reference) }).textContent()).toContain(
      'With PRSG member',
    );
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
    await keepScreenshot(page, 'tab-home-reviewer');

    await openToReview(page, referral.reference);
    expect(await page.getByRole('region', { name: 'Child 1' }).textContent()).toContain('Child A');
    expect(await page.getByRole('textbox').count()).toBe(0);
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
    await keepScreenshot(page, 'tab-review');

    await choose(page, /As PRSG member, you can/, 'Approve and send to the partnership');
    await page.getByLabel('Comments (optional)').fill('Clear and complete.');
    await page.getByRole('button', { name: 'Record decision' }).click();
    await page.getByText('The referral is approved and is on its way to the partnership.').waitFor();
    expect(await page.getByRole('button', { name: 'Record decision' }).count()).toBe(0);
    expect(await page.getByText('Approved by Priya Shah').isVisible()).toBe(true);

    const stored = await apiAs(app, 'referrer').get<ReferralView>(`/api/referrals/${referral.id}`);
    expect(stored.body.state).toBe('approved');
    expect(stored.body.qaDecisions.at(-1)).toMatchObject({
      decision: 'approved',
      comments: 'Clear and complete.',
    });
  }, 90_000);

  it('returns a referral with comments, which the referrer sees, fixes and sends again', async () => {
    const referral = await aSubmittedReferral(app);
    const page = await openTab(browser, app, { as: 'reviewer' });
    await openToReview(page, referral.reference);

    await choose(page, /As PRSG member, you can/, 'Return to the referrer for changes');
    await page.getByRole('button', { name: 'Record decision' }).click();
    await page.getByText('Say what needs to change.').waitFor();
    await page.getByLabel('What needs to change').fill('Add the GP surgery as an agency involved.');
    await page.getByRole('button', { name: 'Record decision' }).click();
    await page.getByText('Returned to the referrer').first().waitFor();

    await signInAs(page, 'Riley Hughes');
    await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Home' }).click();
    await waitForHeading(page, 'Your referrals');
    const mine = page.getByRole('region', { name: 'My referrals' });
    expect(await mine.getByRole('row', { name: new RegExp(referral.reference) }).textContent()).toContain(
      'Returned for changes',
    );
    await mine.getByRole('link', { name: referral.reference }).click();
    await waitForHeading(page, `Referral ${referral.reference}`);
    await page.getByText('Add the GP surgery as an agency involved.').waitFor();
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
    await keepScreenshot(page, 'tab-referral-returned');

    const agencies = page.getByRole('region', { name: '7. Agencies involved' });
    await agencies.getByRole('button', { name: 'Add another agency' }).click();
    const added = agencies.getByRole('group', { name: 'Agency 2' });
    await added.getByRole('textbox', { name: 'Agency', exact: true }).fill('Riverside GP surgery');
    await added.getByLabel('Contact at the agency').fill('Duty GP');
    await choose(added, /Is the agency still involved/, 'Yes');
    await page.getByLabel('PRSG member to send it to').selectOption({ label: 'Priya Shah' });
    await page.getByRole('button', { name: 'Send to PRSG member' }).click();
    await page.getByText('Sent for quality assurance').waitFor();

    const stored = await apiAs(app, 'reviewer').get<ReferralView>(`/api/referrals/${referral.id}`);
    expect(stored.body.state).toBe('submitted');
    expect(stored.body.form.agencies?.map((a) => a.agency)).toContain('Riverside GP surgery');
  }, 90_000);

  it('declines only with a reason, and offers the referrer no decision on their own referral', async () => {
    const referral = await aSubmittedReferral(app);
    const owner = await openTab(browser, app, { path: `#/referrals/${referral.id}` });
    await waitForHeading(owner, `Referral ${referral.reference}`);
    await owner.getByRole('button', { name: 'Withdraw referral' }).waitFor();
    expect(await owner.getByRole('button', { name: 'Record decision' }).count()).toBe(0);

    const page = await openTab(browser, app, { as: 'reviewer', path: `#/referrals/${referral.id}` });
    await waitForHeading(page, `Referral ${referral.reference}`);
    await choose(page, /As PRSG member, you can/, 'Decline');
    await page.getByRole('button', { name: 'Record decision' }).click();
    await page.getByText('Give the reason for declining.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await page.getByLabel(/Why you are declining it/).fill('A single-agency review is the better route.');
    await page.getByRole('button', { name: 'Record decision' }).click();
    await page.getByText('The referrer will see your reason.').waitFor();

    const stored = await apiAs(app, 'referrer').get<ReferralView>(`/api/referrals/${referral.id}`);
    expect(stored.body.state).toBe('declined');
  }, 90_000);
});
