import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { invoke, people, press } from './support/bot-flows.ts';
import { startBotTestApp, testTeamsAppId, type BotTestApp } from './support/bot-test-app.ts';
import { actionVerbs, cardActions, cardText, cardUrls } from './support/card-inspection.ts';

type Card = Record<string, unknown>;

const inputIds = (card: Card): string[] =>
  ((card.body as Card[]) ?? []).flatMap((e) =>
    typeof e.type === 'string' && e.type.startsWith('Input.') ? [e.id as string] : [],
  );
const inputValue = (card: Card, id: string) => ((card.body as Card[]).find((e) => e.id === id) ?? {}).value;

describe('the criteria check in chat', () => {
  let app: BotTestApp;
  beforeAll(async () => {
    app = await startBotTestApp({ start: new Date('2026-01-05T10:00:00Z') });
  });
  afterAll(() => app.close());
  const { referrer } = people;

  it('asks one group of questions per card, step n of m, with back and start again', async () => {
    const step1 = await invoke(app, referrer, 'check.start', {});
    expect(cardText(step1)).toContain('Step 1 of 4');
    expect(inputIds(step1)).toEqual(['immediateRisk']);
    expect(actionVerbs(step1)).toEqual(['check.next', 'check.start']);

    const step2 = await press(app, referrer, step1, 'check.next', { immediateRisk: 'false' });
    expect(cardText(step2)).toContain('Step 2 of 4');
    expect(inputIds(step2)).toEqual(['event', 'abuseOrNeglect']);
    expect(actionVerbs(step2)).toEqual(['check.next', 'check.back', 'check.start']);

    const step3 = await press(app, referrer, step2, 'check.next', { event: 'died', abuseOrNeglect: 'known' });
    const backTo2 = await press(app, referrer, step3, 'check.back');
    expect(cardText(backTo2)).toContain('Step 2 of 4');
    expect(inputValue(backTo2, 'event')).toBe('died');
    expect(inputValue(backTo2, 'abuseOrNeglect')).toBe('known');

    const step4 = await press(app, referrer, step3, 'check.next', {
      childStatus: 'under_18',
      location: 'in_area',
    });
    expect(cardText(step4)).toContain('Step 4 of 4');
    expect(inputIds(step4)).toEqual(['practiceConcern', 'goodPracticeOutcome', 'incidentDate']);
    const date = (step4.body as Card[]).find((e) => e.id === 'incidentDate');
    expect(date).toMatchObject({ type: 'Input.Date', max: '2026-01-05' });
    expect(date?.isRequired).toBeUndefined();

    const restarted = await press(app, referrer, step4, 'check.start');
    expect(cardText(restarted)).toContain('Step 1 of 4');
    expect(inputValue(restarted, 'immediateRisk')).toBeUndefined();
  });

  it('stays on the step, saying why, when an answer is missing or not one of the choices', async () => {
    const step1 = await invoke(app, referrer, 'check.start', {});
    const same = await press(app, referrer, step1, 'check.next', {});
    expect(cardText(same)).toContain('Step 1 of 4');
    expect(cardText(same)).toContain('Answer every question to go on.');
    const forged = await press(app, referrer, step1, 'check.next', { immediateRisk: '<script>' });
    expect(cardText(forged)).toContain('Answer every question to go on.');
    expect(JSON.stringify(forged)).not.toContain('<script>');
  });

  it('gives the outcome with reasons, next steps in the profile’s words and the due date', async () => {
    let card = await invoke(app, referrer, 'check.start', {});
    card = await press(app, referrer, card, 'check.next', { immediateRisk: 'false' });
    card = await press(app, referrer, card, 'check.next', { event: 'died', abuseOrNeglect: 'known' });
    card = await press(app, referrer, card, 'check.next', { childStatus: 'under_18', location: 'in_area' });
    const outcome = await press(app, referrer, card, 'check.next', {
      practiceConcern: 'no',
      goodPracticeOutcome: 'false',
      incidentDate: '2025-12-23',
    });
    const text = cardText(outcome);
    expect(text).toContain('A referral must be made');
    expect(text).toContain('The child died.');
    expect(text).toContain('Abuse or neglect is known.');
    expect(text).toContain('Complete the referral and have it quality-assured by your PRSG member.');
    expect(text).toContain('Fri 2 Jan 2026');
    expect(actionVerbs(outcome)).toEqual(['referral.start', 'check.start']);
    expect(cardActions(outcome).map((a) => a.title)).toEqual(
      expect.arrayContaining(['Start a referral', 'Read the guidance', 'Contacts', 'Check another case']),
    );
    expect(text).toContain('sscp@salford.gov.uk');
    expect(cardUrls(outcome)).toEqual([
      `https://teams.microsoft.com/l/entity/${testTeamsAppId}/workspace?context=${encodeURIComponent('{"subEntityId":"guidance"}')}`,
    ]);
  });

  it('refuses an incident date in the future, and works without a date', async () => {
    let card = await invoke(app, referrer, 'check.start', {});
    card = await press(app, referrer, card, 'check.next', { immediateRisk: 'false' });
    card = await press(app, referrer, card, 'check.next', {
      event: 'seriously_harmed',
      abuseOrNeglect: 'unsure',
    });
    card = await press(app, referrer, card, 'check.next', { childStatus: 'under_18', location: 'in_area' });
    const answers = { practiceConcern: 'no', goodPracticeOutcome: 'false' };
    const future = await press(app, referrer, card, 'check.next', { ...answers, incidentDate: '2026-01-06' });
    expect(cardText(future)).toContain('The incident date cannot be in the future.');
    const noDate = await press(app, referrer, card, 'check.next', { ...answers, incidentDate: '' });
    expect(cardText(noDate)).toContain('Discuss it today, then decide');
    expect(cardText(noDate)).not.toContain('Referral due by');
  });

  it('offers no referral where the case is for another route', async () => {
    let card = await invoke(app, referrer, 'check.start', {});
    card = await press(app, referrer, card, 'check.next', { immediateRisk: 'false' });
    card = await press(app, referrer, card, 'check.next', {
      event: 'no_harm',
      abuseOrNeglect: 'not_suspected',
    });
    card = await press(app, referrer, card, 'check.next', { childStatus: 'adult', location: 'in_area' });
    const outcome = await press(app, referrer, card, 'check.next', {
      practiceConcern: 'no',
      goodPracticeOutcome: 'false',
    });
    expect(cardText(outcome)).toContain('Not for a child safeguarding practice review');
    expect(actionVerbs(outcome)).toEqual(['check.start']);
  });

  it('treats immediate risk first, whatever else is answered', async () => {
    let card = await invoke(app, referrer, 'check.start', {});
    card = await press(app, referrer, card, 'check.next', { immediateRisk: 'true' });
    card = await press(app, referrer, card, 'check.next', {
      event: 'no_harm',
      abuseOrNeglect: 'not_suspected',
    });
    card = await press(app, referrer, card, 'check.next', {
      childStatus: 'under_18',
      location: 'outside_area',
    });
    const outcome = await press(app, referrer, card, 'check.next', {
      practiceConcern: 'no',
      goodPracticeOutcome: 'true',
    });
    expect(cardText(outcome)).toContain('Act now to keep the child safe');
  });
});
