import { describe, it, expect } from '@jest/globals';
import {
  parseReferralDraft,
  referralDraftSchema,
  textLimits,
  type ReferralDraft,
} from '../../../src/domain/referral/index.ts';
import { aChild, aCompleteReferral, withField } from '../../support/referral-builder.ts';

const errorsOf = (input: unknown) => {
  const result = parseReferralDraft(input);
  return result.ok ? [] : result.errors;
};

describe('saving a draft', () => {
  it('saves an empty draft', () => {
    expect(parseReferralDraft({})).toEqual({ ok: true, draft: {} });
  });

  it('saves a complete referral', () => {
    expect(parseReferralDraft(aCompleteReferral()).ok).toBe(true);
  });

  it('saves values that are still being typed', () => {
    const partial: ReferralDraft = {
      route: 'practice_concern',
      referrer: { name: 'Al', email: 'alex@', phone: '0161', declarationAccurate: false },
      safeguardingLead: { consulted: true, date: '2025-0' },
      dates: { incidentDate: '2025-06' },
      children: [{ names: { fullName: 'Chi', otherNames: [''] }, postcode: 'M5 4', nhsNumber: '943 47' }, {}],
      household: [{}],
      agencies: [{ agency: 'G' }],
      incident: { abuseOrNeglect: 'known', abuseTypes: [] },
      learning: { reasons: '' },
      otherProcesses: { nationalPanelNotified: 'yes' },
    };
    expect(parseReferralDraft(partial)).toEqual({ ok: true, draft: partial });
  });

  it('saves a malformed postcode, NHS number, email and date, leaving formats to the ready check', () => {
    const draft = withField(
      withField(
        withField(aCompleteReferral(), 'children.0.postcode', 'ABC'),
        'children.0.nhsNumber',
        '1234567890',
      ),
      'dates.incidentDate',
      '2025-02-30',
    );
    expect(parseReferralDraft(withField(draft, 'referrer.email', 'not an email')).ok).toBe(true);
  });

  it('keeps text exactly as typed, spaces included', () => {
    const result = parseReferralDraft({ referrer: { name: 'Alex ' } });
    expect(result).toEqual({ ok: true, draft: { referrer: { name: 'Alex ' } } });
  });

  it.each([
    ['a number where text belongs', { referrer: { name: 42 } }, 'referrer.name', 'This must be text'],
    [
      'text where yes/no belongs',
      { safeguardingLead: { consulted: 'yes' } },
      'safeguardingLead.consulted',
      'This must be yes or no',
    ],
    [
      'text where a number belongs',
      { children: [{ approximateAgeYears: '4' }] },
      'children.0.approximateAgeYears',
      'This must be a number',
    ],
    ['an object where a list belongs', { children: { 0: {} } }, 'children', 'This must be a list'],
    ['null for a section', { dates: null }, 'dates', 'This must be a group of fields'],
    ['an option that is not offered', { route: 'rapid_review' }, 'route', 'Choose one of the options given'],
    [
      'a legal status that is not offered',
      { children: [{ legalStatus: ['adopted'] }] },
      'children.0.legalStatus.0',
      'Choose one of the options given',
    ],
    [
      'an ethnicity code that is not in the census list',
      { children: [{ ethnicity: 'XXXX' }] },
      'children.0.ethnicity',
      'Choose one of the options given',
    ],
  ])('refuses %s', (_name, input, path, message) => {
    expect(errorsOf(input)).toEqual([{ path, message }]);
  });

  it('refuses a top level that is not an object', () => {
    expect(errorsOf('referral')).toEqual([{ path: '', message: 'This must be a group of fields' }]);
  });

  it('refuses unknown fields at any depth, naming each one', () => {
    const errors = errorsOf({ childName: 'x', children: [{ names: { nickname: 'y' } }] });
    expect(errors).toHaveLength(2);
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: 'childName', message: 'This is not a field of the referral form' },
        { path: 'children.0.names.nickname', message: 'This is not a field of the referral form' },
      ]),
    );
  });

  it('refuses text over its limit and accepts text at its limit', () => {
    const atLimit = 'x'.repeat(textLimits.description);
    expect(parseReferralDraft({ incident: { description: atLimit } }).ok).toBe(true);
    expect(errorsOf({ incident: { description: `${atLimit}x` } })).toEqual([
      {
        path: 'incident.description',
        message: `Keep this to ${String(textLimits.description)} characters or fewer`,
      },
    ]);
    expect(errorsOf({ children: [{ names: { fullName: 'n'.repeat(textLimits.name + 1) } }] })).toEqual([
      { path: 'children.0.names.fullName', message: 'Keep this to 200 characters or fewer' },
    ]);
  });

  it('refuses more than 10 children', () => {
    expect(errorsOf({ children: Array.from({ length: 11 }, () => aChild()) })).toEqual([
      { path: 'children', message: 'This list can hold up to 10 entries' },
    ]);
  });

  it('refuses hidden control characters but allows line breaks and tabs', () => {
    expect(parseReferralDraft({ incident: { description: 'One\r\nTwo\tthree' } }).ok).toBe(true);
    expect(errorsOf({ incident: { description: 'One\u0000Two' } })).toEqual([
      {
        path: 'incident.description',
        message:
          'Remove the hidden control characters from this text (they are often pasted in from another document)',
      },
    ]);
  });

  it('reports every problem at once', () => {
    const paths = errorsOf({
      route: 'x',
      referrer: { name: 1, email: 2 },
      children: [{}, { postcode: 'p'.repeat(100) }],
      extra: true,
    }).map((error) => error.path);
    expect(paths).toEqual(['route', 'referrer.name', 'referrer.email', 'children.1.postcode', 'extra']);
  });

  it('exposes the same rules as a zod schema', () => {
    expect(referralDraftSchema.safeParse({ route: 'sgor' }).success).toBe(true);
    expect(referralDraftSchema.safeParse({ route: 'sgor', unknown: 1 }).success).toBe(false);
  });
});
