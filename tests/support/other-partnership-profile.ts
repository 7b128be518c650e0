import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProfileInput } from '../../src/config/profile/load-profile.ts';
import { outcomes } from '../../src/domain/criteria/outcomes.ts';

/**
 * A made-up partnership that differs from Salford wherever a profile can: calendar days counted from
 * awareness, another QA role, mailbox, prefix, agencies and wording. If anything Salford-specific were
 * hard-coded, tests using this profile would show it.
 */
export const otherPartnershipProfile: ProfileInput = {
  id: 'northshire',
  name: 'Northshire Children’s Safeguarding Partnership',
  shortName: 'NCSP',
  mailbox: 'reviews@northshire-cs.example',
  website: 'https://northshire-cs.example/',
  qaRoleName: 'Review Group representative',
  securityMarking: 'OFFICIAL',
  referencePrefix: 'NCSP',
  timeZone: 'Europe/London',
  deadline: { days: 7, dayKind: 'calendar', clockStart: 'awareness', closureDays: [] },
  rapidReviewWorkingDays: 15,
  agencies: [
    { id: 'nhs-trust', name: 'Northshire NHS Trust' },
    { id: 'constabulary', name: 'Northshire Constabulary' },
  ],
  prsgMembers: [],
  reviewTypes: ['Rapid Review', 'Local learning review'],
  outcomes: Object.fromEntries(
    outcomes.map((o) => [
      o,
      { title: `NCSP ${o}`, summary: `NCSP summary ${o}`, nextSteps: [`NCSP step for ${o}`] },
    ]),
  ) as ProfileInput['outcomes'],
  guidance: {
    seriousHarm: 'Northshire wording of serious harm.',
    dataMinimisation: 'Northshire wording of data minimisation.',
    links: [{ title: 'NCSP guidance', url: 'https://northshire-cs.example/guidance' }],
  },
  contacts: [{ label: 'NCSP team', email: 'reviews@northshire-cs.example' }],
  retention: { abandonedDraftDays: 14, sentReferralDays: 3650 },
  delivery: { copyReferrerAndReviewer: false, sendAttempts: 3 },
};

/** Writes the profile (or a variation) to a temp file for PARTNERSHIP_PROFILE. */
export function writeProfileFile(profile: unknown = otherPartnershipProfile): string {
  const file = join(mkdtempSync(join(tmpdir(), 'prr-profile-')), 'profile.json');
  writeFileSync(file, JSON.stringify(profile));
  return file;
}
