import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { startTestApp, type TestApp } from '../../support/test-app.ts';
import { writeProfileFile } from '../../support/other-partnership-profile.ts';

const mustRefer = {
  immediateRisk: false,
  event: 'died',
  abuseOrNeglect: 'suspected',
  childStatus: 'under_18',
  location: 'in_area',
  practiceConcern: 'no',
  goodPracticeOutcome: false,
};

// Fixed "now" so the worked example's incident date is in the past: Wed 25 Nov 2026, 12:00 London.
const now = () => new Date('2026-11-25T12:00:00Z');

describe('POST /api/assessments', () => {
  let app: TestApp;
  let token: string;
  const post = (body: unknown, init: { token?: string | null; contentType?: string } = {}) =>
    fetch(`${app.baseUrl}/api/assessments`, {
      method: 'POST',
      headers: {
        'Content-Type': init.contentType ?? 'application/json',
        ...(init.token === null ? {} : { Authorization: `Bearer ${init.token ?? token}` }),
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  beforeAll(async () => {
    app = await startTestApp({ now });
    token = await app.tokenFor('referrer');
  });
  afterAll(() => app.close());

  it('answers must_refer with reasons, the profile’s next steps and the due date', async () => {
    const response = await post({ answers: mustRefer, incidentDate: '2026-11-21' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      outcome: 'must_refer',
      reasons: ['child_died', 'abuse_or_neglect_suspected'],
      nextSteps: expect.arrayContaining([expect.stringContaining('5 working days')]),
      dueBy: '2026-11-27',
    });
  });

  it('gives no due date without the clock-start date, or for outcomes without a deadline', async () => {
    expect(await (await post({ answers: mustRefer })).json()).not.toHaveProperty('dueBy');
    const response = await post({
      answers: { ...mustRefer, childStatus: 'adult' },
      incidentDate: '2026-11-21',
    });
    const adult: unknown = await response.json();
    expect(adult).toMatchObject({ outcome: 'not_for_review' });
    expect(adult).not.toHaveProperty('dueBy');
  });

  it('accepts any signed-in user', async () => {
    for (const user of ['other-referrer', 'reviewer', 'partnership'] as const) {
      expect((await post({ answers: mustRefer }, { token: await app.tokenFor(user) })).status).toBe(200);
    }
  });

  it.each([
    ['no token', null],
    ['a malformed token', 'not.a.token'],
    ['a token signed with another key', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl'],
  ])('answers 401 problem+json for %s', async (_what, badToken) => {
    const response = await post({ answers: mustRefer }, { token: badToken });
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await response.json()).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it.each([
    ['a missing field', { answers: { ...mustRefer, event: undefined } }, 'answers.event'],
    ['an unknown field', { answers: { ...mustRefer, colour: 'red' } }, 'answers.colour'],
    ['an unknown top-level field', { answers: mustRefer, childName: 'x' }, 'childName'],
    ['a value outside its set', { answers: { ...mustRefer, event: 'injured' } }, 'answers.event'],
    ['a string for a boolean', { answers: { ...mustRefer, immediateRisk: 'no' } }, 'answers.immediateRisk'],
    ['a date that does not exist', { answers: mustRefer, incidentDate: '2026-02-30' }, 'incidentDate'],
    ['a date in another format', { answers: mustRefer, incidentDate: '21/11/2026' }, 'incidentDate'],
    ['a future date', { answers: mustRefer, incidentDate: '2026-11-26' }, 'incidentDate'],
    [
      'awareness before the incident',
      { answers: mustRefer, incidentDate: '2026-11-20', awarenessDate: '2026-11-19' },
      'awarenessDate',
    ],
    ['no answers at all', {}, 'answers'],
  ])('answers 400 naming the field for %s', async (_what, body, field) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = (await response.json()) as { code: string; errors: { path: string }[] };
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.errors.map((e) => e.path)).toContain(field);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const response = await post('{"answers": ');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'MALFORMED_JSON' });
    const form = await post('answers=1', { contentType: 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(400);
  });

  it('answers 400 naming the body when it is over 64 KB, and keeps serving', async () => {
    const response = await post({ answers: mustRefer, padding: 'x'.repeat(65 * 1024) });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: '(body)' }] });
    expect((await post({ answers: mustRefer })).status).toBe(200);
  });

  it('never writes the answers or the token to the log', async () => {
    await post({ answers: mustRefer, incidentDate: '2026-11-21' });
    const log = app.logLines.join('\n');
    expect(log).toContain('/api/assessments');
    expect(log).not.toContain('seriously');
    expect(log).not.toContain('2026-11-21');
    expect(log).not.toContain(token);
  });
});

describe('POST /api/assessments with another partnership’s profile', () => {
  it('uses that profile’s deadline rule and words', async () => {
    const app = await startTestApp({ now, env: { PARTNERSHIP_PROFILE: writeProfileFile() } });
    try {
      const response = await fetch(`${app.baseUrl}/api/assessments`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${await app.tokenFor('referrer')}`,
        },
        body: JSON.stringify({ answers: mustRefer, incidentDate: '2026-11-10', awarenessDate: '2026-11-20' }),
      });
      // Northshire: 7 calendar days from awareness.
      expect(await response.json()).toEqual({
        outcome: 'must_refer',
        reasons: ['child_died', 'abuse_or_neglect_suspected'],
        nextSteps: ['NCSP step for must_refer'],
        dueBy: '2026-11-27',
      });
    } finally {
      await app.close();
    }
  });
});
