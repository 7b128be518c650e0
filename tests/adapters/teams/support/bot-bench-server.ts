import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Principal } from '../../../../src/app/auth/principal.ts';
import { createReferral } from '../../../../src/app/referrals/create-referral.ts';
import { submitReferral } from '../../../../src/app/referrals/submit-referral.ts';
import { updateReferralDraft } from '../../../../src/app/referrals/update-referral-draft.ts';
import { salfordProfile } from '../../../../src/config/profile/salford-profile.ts';
import type { SqlDialect } from '../../../../src/adapters/store/database-handle.ts';
import { addDays, londonDate } from '../../../../src/domain/calendar/calendar-date.ts';
import { aCompleteReferral } from '../../../support/referral-builder.ts';
import { startBotTestApp } from './bot-test-app.ts';

/** What the bench client needs to drive the bot: where it is and who may press what. */
export interface BenchSetup {
  readonly baseUrl: string;
  readonly serviceUrl: string;
  readonly tenantId: string;
  /** One per conversation: a referrer with their own referral (for refreshes). */
  readonly referrers: readonly { readonly userId: string; readonly referralId: string }[];
  /** One per conversation: a PRSG member with referrals waiting for them (for decisions). */
  readonly reviewers: readonly {
    readonly userId: string;
    readonly waiting: readonly { readonly referralId: string; readonly submittedAt: string }[];
  }[];
}

const guid = (n: number, kind: number) =>
  `22222222-2222-4222-8222-${String(kind * 10_000 + n).padStart(12, '0')}`;

/**
 * The bot as the service runs it, in its own process so the bench client does not share its CPU,
 * seeded with `conversations` referrers and as many PRSG members (added to the profile), each member
 * with `perReviewer` referrals waiting. Prints the BenchSetup as one JSON line; stops on SIGTERM.
 */
async function main(dialect: SqlDialect, conversations: number, perReviewer: number): Promise<void> {
  const reviewers = Array.from({ length: conversations }, (_, i) => ({
    objectId: guid(i, 2),
    name: `Reviewer ${i}`,
    email: `reviewer${i}@health.example`,
    agencyId: 'health',
  }));
  const profileFile = join(mkdtempSync(join(tmpdir(), 'prr-bench-profile-')), 'profile.json');
  writeFileSync(profileFile, JSON.stringify({ ...salfordProfile, prsgMembers: reviewers }));
  const app = await startBotTestApp({
    dialect,
    env: { PARTNERSHIP_PROFILE: profileFile, LOG_LEVEL: 'warn' },
  });
  const tenantId = app.config.auth.tenantId;
  const person = (userId: string, i: number): Principal => ({
    tenantId,
    userId,
    displayName: `Referrer ${i}`,
    email: '',
    roles: [],
    agencyId: 'health',
  });
  // Recent dates, as real referrals have: the incident two days ago, everything since.
  const today = londonDate(new Date());
  const complete = aCompleteReferral();
  const form = {
    ...complete,
    dates: { incidentDate: addDays(today, -2), awarenessDate: addDays(today, -1) },
    safeguardingLead: { ...complete.safeguardingLead, date: today },
    otherProcesses: { ...complete.otherProcesses, nationalPanelNotifiedDate: today },
  };
  async function submitted(owner: Principal, reviewerId: string) {
    const draft = await createReferral(app.referrals, owner, {});
    const filled = await updateReferralDraft(app.referrals, owner, {
      id: draft.id,
      expectedVersion: draft.version,
      patch: form,
    });
    return submitReferral(app.referrals, owner, filled.id, { reviewerId });
  }
  const setup: BenchSetup = {
    baseUrl: app.baseUrl,
    serviceUrl: app.serviceUrl,
    tenantId,
    referrers: [],
    reviewers: [],
  };
  for (let i = 0; i < conversations; i++) {
    const owner = person(guid(i, 1), i);
    const own = await submitted(owner, reviewers[i]!.objectId);
    (setup.referrers as BenchSetup['referrers'][number][]).push({ userId: owner.userId, referralId: own.id });
    const waiting = [];
    for (let k = 0; k < perReviewer; k++) {
      const view = await submitted(owner, reviewers[i]!.objectId);
      waiting.push({ referralId: view.id, submittedAt: view.submittedAt ?? '' });
    }
    (setup.reviewers as BenchSetup['reviewers'][number][]).push({ userId: reviewers[i]!.objectId, waiting });
  }
  process.stdout.write(`${JSON.stringify(setup)}\n`);
  process.once('SIGTERM', () => {
    void app.close().then(() => process.exit(0));
  });
}

if (import.meta.main) {
  const [dialect = 'sqlite', conversations = '50', perReviewer = '10'] = process.argv.slice(2);
  await main(dialect as SqlDialect, Number(conversations), Number(perReviewer));
}
