import type { DevUserKey } from '../../../../src/adapters/auth/dev-users.ts';
import { devUsers } from '../../../../src/adapters/auth/dev-users.ts';
import type { ReferralView } from '../../../../src/app/referrals/referral-view.ts';
import { apiAs, userId } from '../../../support/api-session.ts';
import { aChild, aCompleteReferral } from '../../../support/referral-builder.ts';
import {
  cardActionActivity,
  invokeCard,
  postActivity,
  teamsPerson,
  type TeamsPerson,
} from '../../../support/teams-activities.ts';
import type { BotTestApp } from './bot-test-app.ts';
import { actionWithVerb } from './card-inspection.ts';

type Card = Record<string, unknown>;

/** A child's details seeded into referrals: they must never appear in a card, log or notification. */
export const seededChild = {
  fullName: 'Zebedee Quinlan-Marsh',
  address: '42 Sycamore Crescent, Salford',
  postcode: 'M6 8HD',
  nhsNumber: '943 476 5919',
} as const;

export interface Press {
  readonly replyToId?: string;
  readonly trigger?: 'manual' | 'automatic';
}

/** Presses an Action.Execute button on `card` as `person`, with these input values, as Teams sends it. */
export async function press(
  app: BotTestApp,
  person: TeamsPerson,
  card: Card,
  verb: string,
  inputs: Record<string, unknown> = {},
  options: Press = {},
): Promise<Card> {
  const action = actionWithVerb(card, verb);
  const response = await postActivity(
    app.baseUrl,
    cardActionActivity(
      person,
      verb,
      { ...action.data, ...inputs },
      { serviceUrl: app.serviceUrl, ...options },
    ),
  );
  return invokeCard(response);
}

export async function invoke(
  app: BotTestApp,
  person: TeamsPerson,
  verb: string,
  data: Record<string, unknown>,
  options: Press = {},
): Promise<Card> {
  return invokeCard(
    await postActivity(
      app.baseUrl,
      cardActionActivity(person, verb, data, { serviceUrl: app.serviceUrl, ...options }),
    ),
  );
}

/** The criteria check through the bot, answered for a must-refer case; answers the outcome card. */
export async function checkMustRefer(
  app: BotTestApp,
  person: TeamsPerson,
  incidentDate: string,
): Promise<Card> {
  let card = await invoke(app, person, 'check.start', {});
  card = await press(app, person, card, 'check.next', { immediateRisk: 'false' });
  card = await press(app, person, card, 'check.next', {
    event: 'seriously_harmed',
    abuseOrNeglect: 'suspected',
  });
  card = await press(app, person, card, 'check.next', { childStatus: 'under_18', location: 'in_area' });
  return press(app, person, card, 'check.next', {
    practiceConcern: 'no',
    goodPracticeOutcome: 'false',
    incidentDate,
  });
}

/** Fills in a draft completely through the API (with the seeded child) and submits it to `reviewer`. */
export async function completeAndSubmit(
  app: BotTestApp,
  referralId: string,
  owner: DevUserKey = 'referrer',
  reviewer: DevUserKey = 'reviewer',
): Promise<ReferralView> {
  const api = apiAs(app, owner);
  const current = await api.get<ReferralView>(`/api/referrals/${referralId}`);
  const form = aCompleteReferral({
    children: [
      aChild({
        names: { fullName: seededChild.fullName, otherNames: [] },
        address: seededChild.address,
        postcode: seededChild.postcode,
        nhsNumber: seededChild.nhsNumber,
      }),
    ],
  });
  const saved = await api.patch<ReferralView>(
    `/api/referrals/${referralId}`,
    { ...form, referrer: { ...form.referrer, agencyId: devUsers[owner].agencyId } },
    current.body.version,
  );
  if (saved.status !== 200) throw new Error(`could not fill in the draft: ${saved.text}`);
  const submitted = await api.post<ReferralView>(`/api/referrals/${referralId}/submit`, {
    reviewerId: userId(reviewer),
  });
  if (submitted.status !== 200) throw new Error(`could not submit: ${submitted.text}`);
  return submitted.body;
}

/** A referral drafted through the API, completed and submitted: the approval card is queued. */
export async function aSubmittedReferralViaApi(
  app: BotTestApp,
  owner: DevUserKey = 'referrer',
  reviewer: DevUserKey = 'reviewer',
): Promise<ReferralView> {
  const created = await apiAs(app, owner).post<ReferralView>('/api/referrals', {});
  return completeAndSubmit(app, created.body.id, owner, reviewer);
}

export const people = {
  referrer: teamsPerson('referrer'),
  reviewer: teamsPerson('reviewer'),
  otherReviewer: teamsPerson('other-reviewer'),
  otherReferrer: teamsPerson('other-referrer'),
} as const;

/** The reviewer's 1:1 chat as Graph reports it (the bot was installed there for them). */
export const reviewerChat = (app: BotTestApp) => app.graph.chatIdFor(devUsers.reviewer.userId);
export const referrerChatViaGraph = (app: BotTestApp) => app.graph.chatIdFor(devUsers.referrer.userId);

/** A referral submitted to the reviewer, the approval card delivered; answers both. */
export async function aReferralAwaitingReview(
  app: BotTestApp,
): Promise<{ referral: ReferralView; approval: Card }> {
  const referral = await aSubmittedReferralViaApi(app);
  await app.drainJobs();
  const approval = app.connector.cardsIn(reviewerChat(app)).at(-1);
  if (!approval) throw new Error('no approval card was delivered');
  return { referral, approval };
}
