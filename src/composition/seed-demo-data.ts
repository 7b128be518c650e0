import { devUsers, type DevUserKey } from '../adapters/auth/dev-users.ts';
import { createProfileReviewerDirectory } from '../adapters/directory/profile-reviewer-directory.ts';
import { devReviewers } from '../adapters/auth/dev-users.ts';
import { createLogger } from '../adapters/logging/create-logger.ts';
import type { Principal } from '../app/auth/principal.ts';
import { systemClock } from '../app/clock.ts';
import { createReferral } from '../app/referrals/create-referral.ts';
import { decideReferral } from '../app/referrals/decide-referral.ts';
import type { ReferralDeps } from '../app/referrals/referral-deps.ts';
import { submitReferral } from '../app/referrals/submit-referral.ts';
import { updateReferralDraft } from '../app/referrals/update-referral-draft.ts';
import { withdrawReferral } from '../app/referrals/withdraw-referral.ts';
import { addDays, londonDate } from '../domain/calendar/calendar-date.ts';
import { nextState, type ReferralState, type WorkflowAction } from '../domain/workflow/index.ts';
import { loadConfigFromProcess, type AppConfig } from '../config/app-config.ts';
import { demoReferralForm } from './demo-referral-form.ts';
import { openStore } from './open-store.ts';

type Step = 'draft' | 'submit' | 'return' | 'approve' | 'decline' | 'withdraw' | 'send' | 'fail';

/** One referral per state, as each dev user would see them. */
const scenarios: { owner: DevUserKey; steps: Step[]; daysAgo: number }[] = [
  { owner: 'referrer', steps: ['draft'], daysAgo: 1 },
  { owner: 'referrer', steps: ['submit'], daysAgo: 2 },
  { owner: 'referrer', steps: ['submit', 'return'], daysAgo: 3 },
  { owner: 'referrer', steps: ['submit', 'approve'], daysAgo: 4 },
  { owner: 'referrer', steps: ['submit', 'approve', 'send'], daysAgo: 12 },
  { owner: 'referrer', steps: ['submit', 'approve', 'fail'], daysAgo: 6 },
  { owner: 'referrer', steps: ['submit', 'decline'], daysAgo: 8 },
  { owner: 'referrer', steps: ['withdraw'], daysAgo: 9 },
  { owner: 'other-referrer', steps: ['submit'], daysAgo: 2 },
  { owner: 'other-referrer', steps: ['submit', 'approve', 'send'], daysAgo: 40 },
];

const principalOf = (config: AppConfig, key: DevUserKey): Principal => {
  const user = devUsers[key];
  return {
    tenantId: config.auth.tenantId,
    userId: user.userId,
    displayName: user.displayName,
    email: user.email,
    roles: user.roles,
    agencyId: user.agencyId,
  };
};

/** Delivery is the system's; the demo moves the state as the delivery worker would, audited. */
async function systemTransition(deps: ReferralDeps, tenantId: string, id: string, actions: WorkflowAction[]) {
  for (const action of actions) {
    await deps.store.transaction(async (tx) => {
      const record = await tx.referrals.findById(tenantId, id);
      if (!record) throw new Error(`demo referral ${id} vanished`);
      const state: ReferralState = nextState(record.state, action, 'system');
      const now = deps.clock.now();
      await tx.referrals.updateIfVersion(tenantId, id, record.version, {
        state,
        updatedAt: now,
        ...(state === 'sent' ? { sentAt: now } : {}),
      });
      await tx.audit.append({
        tenantId,
        at: now,
        actorId: 'system',
        action: `referral.${action}`,
        referralId: id,
        details: { demo: true },
      });
    });
  }
}

async function seed(config: AppConfig): Promise<number> {
  const logger = createLogger('warn');
  const { store, database } = await openStore(config, logger);
  const deps: ReferralDeps = {
    store,
    clock: systemClock,
    profile: config.profile,
    directory: createProfileReviewerDirectory(config.profile, devReviewers),
  };
  const today = londonDate(new Date());
  try {
    for (const [n, scenario] of scenarios.entries()) {
      const owner = principalOf(config, scenario.owner);
      const reviewerKey: DevUserKey =
        devUsers[scenario.owner].agencyId === 'police' ? 'other-reviewer' : 'reviewer';
      const reviewer = principalOf(config, reviewerKey);
      const draft = await createReferral(deps, owner, {});
      const form = demoReferralForm(n, devUsers[scenario.owner].agencyId, addDays(today, -scenario.daysAgo));
      let view = await updateReferralDraft(deps, owner, {
        id: draft.id,
        expectedVersion: draft.version,
        patch: form,
      });
      for (const step of scenario.steps) {
        if (step === 'submit')
          view = await submitReferral(deps, owner, view.id, { reviewerId: reviewer.userId });
        if (step === 'return')
          view = await decideReferral(
            deps,
            reviewer,
            view.id,
            'return',
            'Demo: please add the school contact.',
          );
        if (step === 'approve') view = await decideReferral(deps, reviewer, view.id, 'approve', undefined);
        if (step === 'decline')
          view = await decideReferral(
            deps,
            reviewer,
            view.id,
            'decline',
            'Demo: single-agency learning route.',
          );
        if (step === 'withdraw') view = await withdrawReferral(deps, owner, view.id);
        if (step === 'send')
          await systemTransition(deps, config.auth.tenantId, view.id, ['start_sending', 'confirm_sent']);
        if (step === 'fail')
          await systemTransition(deps, config.auth.tenantId, view.id, ['start_sending', 'fail_sending']);
      }
    }
    return scenarios.length;
  } finally {
    await database.close();
  }
}

function configOrExit(): AppConfig {
  try {
    return loadConfigFromProcess();
  } catch (error) {
    console.error(`Cannot seed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

if (import.meta.main) {
  const config = configOrExit();
  if (config.mode !== 'dev') {
    console.error('npm run seed fills the embedded database with demo data and runs in dev mode only.');
    process.exit(1);
  }
  seed(config).then(
    (count) =>
      console.log(
        `Seeded ${count} fictional referrals into ${config.dataDir}; sign in as any dev user to see them.`,
      ),
    (error: unknown) => {
      console.error('Seeding failed:', error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}

export { seed as seedDemoData };
