import type { IAdaptiveCard } from '@microsoft/teams.cards';
import type { ReferralCardFacts } from '../../../../src/app/notifications/card-facts.ts';
import { reminderKinds, type NoticeKind } from '../../../../src/app/notifications/notice-kinds.ts';
import { assessCase } from '../../../../src/app/assessments/assess-case.ts';
import { outcomes } from '../../../../src/domain/criteria/outcomes.ts';
import { criteriaRules } from '../../../../src/domain/criteria/assess-criteria.ts';
import type { AssessmentAnswers } from '../../../../src/domain/criteria/answers.ts';
import { errorCodes } from '../../../../src/domain/errors/index.ts';
import { referralStates } from '../../../../src/domain/workflow/index.ts';
import type { PartnershipProfile } from '../../../../src/config/profile/profile-schema.ts';
import type { CardContext } from '../../../../src/adapters/teams/cards/card-context.ts';
import { tabLinks } from '../../../../src/adapters/teams/cards/deep-links.ts';
import { errorCard } from '../../../../src/adapters/teams/cards/error-card.ts';
import { checkOutcomeCard } from '../../../../src/adapters/teams/cards/check-outcome-card.ts';
import { checkStepCard } from '../../../../src/adapters/teams/cards/check-step-card.ts';
import { noticeWords } from '../../../../src/adapters/teams/cards/notice-words.ts';
import { referralCard } from '../../../../src/adapters/teams/cards/referral-card.ts';
import {
  helpCard,
  personalOnlyCard,
  welcomeCard,
} from '../../../../src/adapters/teams/cards/welcome-card.ts';

export const owner = '11111111-1111-4111-8111-000000000001';
export const reviewer = '11111111-1111-4111-8111-000000000003';
export const stranger = '11111111-1111-4111-8111-000000000009';

/** Markers standing for text people type: they may only ever appear inside a TextRun. */
export const typedComments = 'COMMENTS-MARKER *bold* [link](https://evil.example) <b>x</b>';
export const typedName = 'NAME-MARKER _under_';

export const cardContext = (profile: PartnershipProfile, devMode = false): CardContext => ({
  profile,
  links: tabLinks('0c2f4f37-9f0b-4f5e-8c43-0d1c7a3b9e21', 'workspace'),
  devMode,
});

export function factsIn(
  state: ReferralCardFacts['state'],
  overrides: Partial<ReferralCardFacts> = {},
): ReferralCardFacts {
  return {
    tenantId: 't',
    id: '3f2b8c1a-5d6e-4f70-8a9b-0c1d2e3f4a5b',
    reference: 'SSCP-2026-0042',
    state,
    version: 4,
    agencyName: 'Health',
    route: 'serious_incident',
    outcome: 'must_refer',
    ownerId: owner,
    reviewerId: reviewer,
    reviewerName: typedName,
    submittedAt: '2026-01-05T10:00:00.000Z',
    decidedAt: ['draft', 'submitted'].includes(state) ? null : '2026-01-06T10:00:00.000Z',
    sentAt: state === 'sent' ? '2026-01-06T11:00:00.000Z' : null,
    dueBy: '2026-01-09',
    daysLeft: 3,
    lastDecision: {
      decision: state === 'declined' ? 'declined' : state === 'changes_requested' ? 'returned' : 'approved',
      reviewerId: reviewer,
      reviewerName: typedName,
      at: '2026-01-06T10:00:00.000Z',
      comments: typedComments,
    },
    ...overrides,
  };
}

/** The answers that make each rule of the table decide, so every outcome card can be built. */
function answersFor(rule: number): AssessmentAnswers {
  const base: AssessmentAnswers = {
    immediateRisk: false,
    event: 'no_harm',
    abuseOrNeglect: 'not_suspected',
    childStatus: 'under_18',
    location: 'in_area',
    practiceConcern: 'no',
    goodPracticeOutcome: false,
  };
  const variations: Record<number, Partial<AssessmentAnswers>> = {
    1: { immediateRisk: true },
    2: { location: 'outside_area' },
    3: { childStatus: 'care_leaver_18_to_24', event: 'died' },
    4: { childStatus: 'adult' },
    5: { event: 'died', abuseOrNeglect: 'known' },
    6: { event: 'seriously_harmed', abuseOrNeglect: 'unsure' },
    7: { practiceConcern: 'yes' },
    8: { practiceConcern: 'unsure' },
    9: { goodPracticeOutcome: true },
    10: {},
  };
  return { ...base, ...variations[rule] };
}

/** Every card the bot can send or answer with, named. */
export function everyCard(profile: PartnershipProfile): [string, IAdaptiveCard][] {
  const cards: [string, IAdaptiveCard][] = [];
  for (const devMode of [false, true]) {
    const context = cardContext(profile, devMode);
    const mode = devMode ? 'dev' : 'prod';
    cards.push([`welcome ${mode}`, welcomeCard(context)], [`help ${mode}`, helpCard(context)]);
    for (let step = 1; step <= 4; step++) {
      cards.push([
        `check step ${step} ${mode}`,
        checkStepCard(
          {
            step,
            answers: {
              immediateRisk: 'false',
              event: 'died',
              abuseOrNeglect: 'known',
              childStatus: 'under_18',
            },
            today: '2026-01-05',
            incidentDate: '2026-01-02',
            problem: 'Answer every question to go on.',
          },
          context,
        ),
      ]);
    }
    for (const { rule } of criteriaRules) {
      const input = { answers: answersFor(rule), incidentDate: '2026-01-02' };
      const result = assessCase(input, { profile, now: new Date('2026-01-05T10:00:00Z') });
      cards.push([
        `outcome rule ${rule} ${mode}`,
        checkOutcomeCard(result, input, crypto.randomUUID(), context),
      ]);
    }
    for (const state of referralStates) {
      for (const [viewer, who] of [
        [owner, 'referrer'],
        [reviewer, 'reviewer'],
        [stranger, 'other'],
      ] as const) {
        cards.push([`referral ${state} for ${who} ${mode}`, referralCard(factsIn(state), viewer, context)]);
      }
    }
    const notices: NoticeKind[] = [
      'review_requested',
      'returned',
      'approved',
      'declined',
      'withdrawn',
      'sent',
      'send_failed',
      ...reminderKinds,
    ];
    for (const kind of notices) {
      const words = noticeWords(kind, 'SSCP-2026-0042');
      cards.push([
        `notice ${kind} ${mode}`,
        referralCard(factsIn('submitted'), kind === 'review_requested' ? reviewer : owner, context, {
          banner: words.banner,
          bannerIsWarning: words.warning,
        }),
      ]);
    }
  }
  for (const code of errorCodes) {
    cards.push(
      [`error ${code}`, errorCard(code)],
      [`error ${code} on a referral`, errorCard(code, factsIn('draft').id)],
    );
  }
  cards.push(['personal only', personalOnlyCard()]);
  // The largest a referral card gets: the longest comments the use case accepts.
  const longest = factsIn('changes_requested', {
    lastDecision: {
      decision: 'returned',
      reviewerId: reviewer,
      reviewerName: 'x'.repeat(200),
      at: '2026-01-06T10:00:00.000Z',
      comments: 'é'.repeat(4000),
    },
    reviewerName: 'x'.repeat(200),
  });
  cards.push([
    'referral with the longest comments',
    referralCard(longest, owner, cardContext(profile, true), { banner: 'x' }),
  ]);
  void outcomes;
  return cards;
}
