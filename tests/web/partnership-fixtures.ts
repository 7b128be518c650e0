import type { Page } from 'playwright-core';

/**
 * The business unit's figures, answered in the browser with the contract of `GET /api/partnership/timeliness`
 * and the partnership list, so the view can be shown with months of history that a fresh test database lacks.
 */
export const timeliness = {
  months: [
    { month: '2026-06', sent: 4, onTime: 3 },
    { month: '2026-07', sent: 5, onTime: 5 },
    { month: '2026-08', sent: 2, onTime: 1 },
    { month: '2026-09', sent: 6, onTime: 4 },
    { month: '2026-10', sent: 3, onTime: 3 },
  ],
  medianWorkingDaysToSend: 4,
};

const sentReferral = (n: number, sentAt: string, dueBy: string) => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  reference: `SSCP-2026-00${String(n).padStart(2, '0')}`,
  state: 'sent',
  version: 7,
  agencyId: 'health',
  route: 'serious_incident',
  ownerId: '11111111-1111-4111-8111-000000000001',
  reviewerId: '11111111-1111-4111-8111-000000000003',
  dueBy,
  daysLeft: -3,
  createdAt: '2026-10-01T09:00:00.000Z',
  updatedAt: sentAt,
  submittedAt: '2026-10-02T09:00:00.000Z',
  decidedAt: sentAt,
  sentAt,
});

export const partnershipList = {
  view: 'partnership',
  referrals: [
    sentReferral(41, '2026-10-14T10:12:00.000Z', '2026-10-10'),
    sentReferral(37, '2026-10-03T15:40:00.000Z', '2026-10-06'),
  ],
};

export async function answerPartnershipFigures(page: Page, status: 200 | 404 = 200): Promise<void> {
  await page.route('**/api/partnership/timeliness', (route) =>
    status === 200
      ? route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(timeliness) })
      : route.fulfill({
          status,
          contentType: 'application/problem+json',
          body: JSON.stringify({ status, code: 'NOT_FOUND', detail: 'Not found.' }),
        }),
  );
  await page.route('**/api/referrals?view=partnership', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(partnershipList) }),
  );
}
