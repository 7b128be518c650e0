import { describe, it, expect } from '@jest/globals';
import {
  checkReadyToSubmit,
  referralDraftSchema,
  textLimits,
  type Referral,
  type ReferralDraft,
} from '../../../src/domain/referral/index.ts';
import { aCompleteReferral, readyContext, withField } from '../../support/referral-builder.ts';

const errorsOf = (draft: ReferralDraft) => {
  const result = checkReadyToSubmit(draft, readyContext);
  return result.ready ? [] : result.errors;
};

describe('ready to submit: the complete referral', () => {
  it('returns the complete referral, with only the answers that apply', () => {
    const result = checkReadyToSubmit(aCompleteReferral(), readyContext);
    const expected: Referral = {
      route: 'serious_incident',
      suggestedRoute: 'serious_incident',
      referrer: {
        name: 'Alex Morgan',
        jobTitle: 'Health visitor',
        agencyId: 'health',
        email: 'alex.morgan@example.org',
        phone: '0161 206 1234',
        declarationAccurate: true,
      },
      safeguardingLead: { consulted: true, name: 'Sam Patel', role: 'Named nurse', date: '2025-06-24' },
      dates: { incidentDate: '2025-06-20', awarenessDate: '2025-06-23' },
      children: [
        {
          names: { fullName: 'Child A', otherNames: [] },
          dobKind: 'date_of_birth',
          dateOfBirth: '2021-03-14',
          sexOrGender: 'female',
          ethnicity: 'WBRI',
          address: '1 Example Street, Salford',
          postcode: 'M5 4WT',
          legalStatus: ['child_in_need'],
          nhsNumber: '9434765919',
          carer: { who: 'Mother', where: 'Family home' },
        },
      ],
      household: [{ name: 'Parent A', relationship: 'Mother', dateOfBirth: '1995-01-01' }],
      agencies: [{ agency: 'GP practice', contact: 'Practice safeguarding lead', stillInvolved: true }],
      incident: {
        outcome: 'seriously_harmed',
        abuseOrNeglect: 'suspected',
        abuseTypes: ['physical'],
        description: 'Admitted to hospital with injuries that have no clear explanation.',
        keyEvents: 'Seen by the health visitor two weeks before.',
      },
      learning: { reasons: 'Serious harm with abuse suspected.' },
      otherProcesses: {
        nationalPanelNotified: 'yes',
        nationalPanelNotifiedDate: '2025-06-25',
        policeInvestigation: 'yes',
        coroner: 'no',
        childDeathOverviewPanel: 'no',
        mediaInterest: 'unknown',
        otherReviews: 'no',
      },
    };
    expect(result).toStrictEqual({ ready: true, referral: expected });
  });

  it('trims text and turns Windows line endings into newlines', () => {
    const draft = withField(aCompleteReferral(), 'incident.description', '  First line\r\nSecond line \r\n');
    const result = checkReadyToSubmit(withField(draft, 'referrer.name', ' Alex Morgan '), readyContext);
    expect(result.ready && result.referral.incident.description).toBe('First line\nSecond line');
    expect(result.ready && result.referral.referrer.name).toBe('Alex Morgan');
  });

  it('leaves out optional text that is blank', () => {
    const result = checkReadyToSubmit(
      withField(aCompleteReferral(), 'incident.keyEvents', ' \n '),
      readyContext,
    );
    expect(result.ready && result.referral.incident).not.toHaveProperty('keyEvents');
  });

  it('keeps markdown and HTML as the literal text typed', () => {
    const text = '**Bruising** seen <b>twice</b> & [photo](https://example.org)';
    const result = checkReadyToSubmit(
      withField(aCompleteReferral(), 'incident.description', text),
      readyContext,
    );
    expect(result.ready && result.referral.incident.description).toBe(text);
  });

  it('refuses hidden control characters and over-long text even in a draft that was never parsed', () => {
    const draft = withField(
      withField(aCompleteReferral(), 'referrer.jobTitle', 'Health\u0000visitor'),
      'incident.description',
      'x'.repeat(textLimits.description + 1),
    );
    expect(errorsOf(draft)).toEqual([
      {
        path: 'referrer.jobTitle',
        message:
          'Remove the hidden control characters from this text (they are often pasted in from another document)',
      },
      { path: 'incident.description', message: 'Keep this to 4000 characters or fewer' },
    ]);
  });

  it('measures the length limit after trimming', () => {
    const padded = `  ${'x'.repeat(textLimits.description)}  `;
    expect(errorsOf(withField(aCompleteReferral(), 'incident.description', padded))).toEqual([]);
  });

  it('refuses an agency that is not in the partnership list', () => {
    expect(errorsOf(withField(aCompleteReferral(), 'referrer.agencyId', 'fire-service'))).toEqual([
      { path: 'referrer.agencyId', message: 'Choose your agency from the list' },
    ]);
  });

  it.each([
    ['referrer.email', 'alex.morgan', 'Enter an email address in the correct format, like name@example.org'],
    ['referrer.phone', '12345', 'Enter a phone number, like 0161 793 2500 or +44 161 793 2500'],
  ])('refuses %s of %j', (path, value, message) => {
    expect(errorsOf(withField(aCompleteReferral(), path, value))).toEqual([{ path, message }]);
  });

  it('gives a referral that can be saved as a draft again', () => {
    const result = checkReadyToSubmit(aCompleteReferral(), readyContext);
    expect(result.ready && referralDraftSchema.safeParse(result.referral).success).toBe(true);
  });
});
