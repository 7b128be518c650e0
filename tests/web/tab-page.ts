import type { Browser, Locator, Page } from 'playwright-core';
import type { TestApp } from '../support/test-app.ts';

/** Driving the tab in a browser page the way a practitioner would: labels, roles and visible text only. */

export type ColorScheme = 'light' | 'dark';

export interface OpenTabOptions {
  readonly path?: string;
  readonly colorScheme?: ColorScheme;
  /** The sample user the DEV MODE banner starts as (the tab remembers it per browser tab). */
  readonly as?: string;
  readonly width?: number;
}

/** Opens the tab in a fresh page and waits until its first screen has shown its data. */
export async function openTab(browser: Browser, app: TestApp, options: OpenTabOptions = {}): Promise<Page> {
  const page = await browser.newPage({
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: options.width ?? 1280, height: 900 },
  });
  // A step that cannot happen fails with its own message, well before the test's time runs out.
  page.setDefaultTimeout(20_000);
  if (options.as) {
    await page.addInitScript((user) => sessionStorage.setItem('prr.devUser', user), options.as);
  }
  await page.goto(`${app.baseUrl}/tab${options.path ?? ''}`);
  await waitForReady(page);
  return page;
}

export async function waitForReady(page: Page): Promise<void> {
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
}

/** After an in-app navigation: the new screen's heading is on show. */
export async function waitForHeading(page: Page, name: string | RegExp): Promise<Locator> {
  const heading = page.getByRole('heading', { level: 1, name });
  await heading.waitFor();
  return heading;
}

/** A date `days` before today in Europe/London, as `YYYY-MM-DD`. */
export function daysAgo(days: number): string {
  const date = new Date(Date.now() - days * 86_400_000);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export const radioGroup = (scope: Page | Locator, name: string | RegExp): Locator =>
  scope.getByRole('radiogroup', { name });

export async function choose(
  scope: Page | Locator,
  question: string | RegExp,
  answer: string,
): Promise<void> {
  await radioGroup(scope, question).getByRole('radio', { name: answer, exact: true }).check();
}

/** The answers that make a referral a must (a child died, abuse suspected, in the area). */
export const mustReferAnswers: readonly [string, string][] = [
  ['Is any child at immediate risk now?', 'No'],
  ['What happened to the child?', 'The child died'],
  ['Is abuse or neglect known or suspected?', 'Suspected'],
  ['Who is the child?', 'Under 18 (or unborn)'],
  [
    'Where did it happen?',
    'In the partnership’s area, or the child lives here and it happened outside England',
  ],
  ['Was multi-agency practice not robust?', 'No'],
  ['Did strong multi-agency work lead to a good outcome?', 'No'],
];

/** Answers the check one question at a time, then gives the incident date and asks for the outcome. */
export async function runCheck(page: Page, incidentDate: string): Promise<Locator> {
  for (const [index, [question, answer]] of mustReferAnswers.entries()) {
    await page.getByRole('heading', { name: `Question ${String(index + 1)} of 7` }).waitFor();
    await choose(page, question, answer);
    await page.getByRole('button', { name: index === 6 ? 'Continue' : 'Next' }).click();
  }
  await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
  await page.getByLabel('Date of the incident').fill(incidentDate);
  await page.getByRole('button', { name: 'See the outcome' }).click();
  const outcome = page.getByRole('region', { name: 'Outcome' });
  await outcome.waitFor();
  return outcome;
}

/** The autosave status line's text once it settles on "Saved hh:mm". */
export async function waitUntilSaved(page: Page): Promise<void> {
  const saved = page.getByTestId('autosave-status').filter({ hasText: /^Saved \d\d:\d\d$/ });
  await saved.waitFor();
  // The line may still show an earlier save for a moment after a change: once the autosave pause (800 ms)
  // has passed, a change made before this call is pending or being saved, so the next "Saved" is its own.
  await page.waitForTimeout(1_000);
  await saved.waitFor();
}
