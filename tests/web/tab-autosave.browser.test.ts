import { describe, it, expect } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import type { ReferralView } from '../../src/app/referrals/referral-view.ts';
import { apiAs } from '../support/api-session.ts';
import { keepScreenshot, seriousAccessibilityFindings } from '../support/browser.ts';
import type { TestApp } from '../support/test-app.ts';
import { withAppAndBrowser } from './suite-app-and-browser.ts';
import { openTab, waitForHeading, waitUntilSaved } from './tab-page.ts';

const status = (page: Page) => page.getByTestId('autosave-status');

describe('tab: autosave of the referral form', () => {
  let app: TestApp;
  let browser: Browser;

  const aDraft = async () => (await apiAs(app, 'referrer').post<ReferralView>('/api/referrals', {})).body;
  const openDraft = async (draft: ReferralView) => {
    const page = await openTab(browser, app, { path: `#/referrals/${draft.id}` });
    await waitForHeading(page, `Referral ${draft.reference}`);
    return page;
  };

  withAppAndBrowser((started) => ({ app, browser } = started));

  it('saves what is typed after a pause, on the version being edited, and says when', async () => {
    const draft = await aDraft();
    const page = await openDraft(draft);
    const patches: { ifMatch: string | undefined; body: unknown }[] = [];
    page.on('request', (request) => {
      if (request.method() === 'PATCH')
        patches.push({ ifMatch: request.headers()['if-match'], body: request.postDataJSON() });
    });
    await page.getByLabel('Your job title').fill('School nurse');
    await waitUntilSaved(page);

    expect(patches).toEqual([
      { ifMatch: `"${String(draft.version)}"`, body: { referrer: { jobTitle: 'School nurse' } } },
    ]);
    const stored = await apiAs(app, 'referrer').get<ReferralView>(`/api/referrals/${draft.id}`);
    expect(stored.body.form.referrer?.jobTitle).toBe('School nurse');

    await page.getByLabel('Your job title').fill('');
    await waitUntilSaved(page);
    expect(patches[1]).toEqual({
      ifMatch: `"${String(draft.version + 1)}"`,
      body: { referrer: { jobTitle: null } },
    });
  }, 90_000);

  it('keeps working offline, retries, and asks before leaving with changes not yet saved', async () => {
    const draft = await aDraft();
    const page = await openDraft(draft);
    await page.context().setOffline(true);
    await page.getByLabel('Your job title').fill('Paediatric nurse');
    await status(page).filter({ hasText: 'Offline — will retry' }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'Offline — will retry' }).count()).toBe(1);
    await keepScreenshot(page, 'tab-referral-offline');

    await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Guidance' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Leave without saving?' });
    await dialog.waitFor();
    expect(await seriousAccessibilityFindings(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Stay on the form' }).click();
    expect(page.url()).toContain(`#/referrals/${draft.id}`);
    // Closing the dialog gives the page back to screen readers.
    await page.waitForFunction(() => !document.getElementById('root')?.hasAttribute('aria-hidden'));
    expect(await page.getByLabel('Your job title').inputValue()).toBe('Paediatric nurse');

    await page.context().setOffline(false);
    await waitUntilSaved(page);
    const stored = await apiAs(app, 'referrer').get<ReferralView>(`/api/referrals/${draft.id}`);
    expect(stored.body.form.referrer?.jobTitle).toBe('Paediatric nurse');

    await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Guidance' }).click();
    await waitForHeading(page, 'Guidance');
  }, 90_000);

  it('explains a conflict with a newer version, loads it, and keeps the unsaved text to copy', async () => {
    const draft = await aDraft();
    const page = await openDraft(draft);
    // The same referral changed elsewhere (another window) after this page opened it.
    const elsewhere = await apiAs(app, 'referrer').patch<ReferralView>(
      `/api/referrals/${draft.id}`,
      { referrer: { jobTitle: 'Midwife' } },
      draft.version,
    );
    expect(elsewhere.status).toBe(200);

    await page.getByLabel('Brief factual description').fill('Found at home with a head injury.');
    const alert = page.getByRole('alert').filter({ hasText: 'Your latest changes were not saved' });
    await alert.waitFor();
    expect(await status(page).textContent()).toBe('Not saved — a newer version exists');
    expect(await seriousAccessibilityFindings(page)).toEqual([]);

    await alert.getByRole('button', { name: 'Load the latest version' }).click();
    const unsaved = page.getByRole('region', { name: 'Your changes that were not saved' });
    await unsaved.waitFor();
    expect(await unsaved.getByRole('textbox', { name: 'Brief factual description' }).inputValue()).toBe(
      'Found at home with a head injury.',
    );
    expect(await page.getByLabel('Your job title').inputValue()).toBe('Midwife');
    expect(await page.locator('#f-incident-description').inputValue()).toBe('');
    await keepScreenshot(page, 'tab-referral-conflict-resolved');

    // Carrying on from the latest version saves again.
    await page.getByLabel('Your job title').fill('Community midwife');
    await waitUntilSaved(page);
    const stored = await apiAs(app, 'referrer').get<ReferralView>(`/api/referrals/${draft.id}`);
    expect(stored.body.form.referrer?.jobTitle).toBe('Community midwife');
  }, 90_000);
});
