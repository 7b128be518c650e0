import { describe, it, expect } from '@jest/globals';
import { checkReadyToSubmit, type ReferralDraft } from '../../../src/domain/referral/index.ts';
import { aCompleteReferral, readyContext, withField } from '../../support/referral-builder.ts';

const errorsOf = (draft: ReferralDraft) => {
  const result = checkReadyToSubmit(draft, readyContext);
  return result.ready ? [] : result.errors;
};

describe('ready to submit: required fields', () => {
  it('accepts a complete referral', () => {
    expect(checkReadyToSubmit(aCompleteReferral(), readyContext).ready).toBe(true);
  });

  it('reports every missing field of an empty draft at once, in form order', () => {
    expect(errorsOf({})).toEqual([
      {
        path: 'route',
        message:
          'Choose the type of referral: serious incident, practice concern or Seriously Good Outcome Review',
      },
      { path: 'referrer.name', message: 'Enter your name' },
      { path: 'referrer.jobTitle', message: 'Enter your job title' },
      { path: 'referrer.agencyId', message: 'Choose your agency' },
      { path: 'referrer.email', message: 'Enter your email address' },
      { path: 'referrer.phone', message: 'Enter your phone number' },
      {
        path: 'referrer.declarationAccurate',
        message: 'Confirm that the information in this referral is accurate to the best of your knowledge',
      },
      {
        path: 'safeguardingLead.consulted',
        message: 'Say whether you discussed this referral with your Safeguarding Lead',
      },
      { path: 'dates.incidentDate', message: 'Enter the date of the incident' },
      { path: 'dates.awarenessDate', message: 'Enter the date your agency became aware of the incident' },
      { path: 'children', message: 'Add at least one child' },
      { path: 'agencies', message: 'Add at least one agency involved with the child or family' },
      { path: 'incident.outcome', message: 'Choose what happened to the child' },
      {
        path: 'incident.abuseOrNeglect',
        message: 'Say whether abuse or neglect is known, suspected or not suspected',
      },
      { path: 'incident.description', message: 'Describe briefly what happened' },
      {
        path: 'learning',
        message:
          'Give at least one of: why the criteria are met, concerns about how agencies worked together, or good practice',
      },
      {
        path: 'otherProcesses.nationalPanelNotified',
        message: "Say whether the local authority has notified the National Panel, or choose 'Not known'",
      },
      {
        path: 'otherProcesses.policeInvestigation',
        message: "Say whether there is a police investigation, or choose 'Not known'",
      },
      {
        path: 'otherProcesses.coroner',
        message: "Say whether the coroner is involved, or choose 'Not known'",
      },
      {
        path: 'otherProcesses.childDeathOverviewPanel',
        message: "Say whether the Child Death Overview Panel is involved, or choose 'Not known'",
      },
      {
        path: 'otherProcesses.mediaInterest',
        message: "Say whether there is media interest, or choose 'Not known'",
      },
      {
        path: 'otherProcesses.otherReviews',
        message:
          "Say whether another review is under way, such as a domestic homicide review or a safeguarding adults review, or choose 'Not known'",
      },
    ]);
  });

  it.each([
    [
      'route',
      'Choose the type of referral: serious incident, practice concern or Seriously Good Outcome Review',
    ],
    ['referrer.name', 'Enter your name'],
    ['referrer.jobTitle', 'Enter your job title'],
    ['referrer.agencyId', 'Choose your agency'],
    ['referrer.email', 'Enter your email address'],
    ['referrer.phone', 'Enter your phone number'],
    [
      'referrer.declarationAccurate',
      'Confirm that the information in this referral is accurate to the best of your knowledge',
    ],
    ['safeguardingLead.consulted', 'Say whether you discussed this referral with your Safeguarding Lead'],
    ['dates.incidentDate', 'Enter the date of the incident'],
    ['dates.awarenessDate', 'Enter the date your agency became aware of the incident'],
    ['children', 'Add at least one child'],
    ['children.0.names.fullName', "Enter the child's full name"],
    [
      'children.0.dobKind',
      "Say whether you know the child's date of birth, the child is not yet born, or you know only their approximate age",
    ],
    ['children.0.dateOfBirth', "Enter the child's date of birth"],
    ['children.0.sexOrGender', "Choose the child's sex or gender"],
    ['children.0.address', "Enter the child's address"],
    ['children.0.postcode', "Enter the postcode of the child's address"],
    ['children.0.legalStatus', "Choose the child's legal status, or 'None known'"],
    ['household.0.name', "Enter the person's name"],
    ['household.0.relationship', 'Enter their relationship to the child'],
    ['agencies', 'Add at least one agency involved with the child or family'],
    ['agencies.0.agency', "Enter the agency's name"],
    ['agencies.0.contact', 'Enter a contact at the agency, such as a name, role or team'],
    ['agencies.0.stillInvolved', 'Say whether the agency is still involved'],
    ['incident.outcome', 'Choose what happened to the child'],
    ['incident.abuseOrNeglect', 'Say whether abuse or neglect is known, suspected or not suspected'],
    ['incident.abuseTypes', 'Choose the type or types of abuse or neglect'],
    ['incident.description', 'Describe briefly what happened'],
    [
      'otherProcesses.nationalPanelNotified',
      "Say whether the local authority has notified the National Panel, or choose 'Not known'",
    ],
    [
      'otherProcesses.policeInvestigation',
      "Say whether there is a police investigation, or choose 'Not known'",
    ],
    ['otherProcesses.coroner', "Say whether the coroner is involved, or choose 'Not known'"],
    [
      'otherProcesses.childDeathOverviewPanel',
      "Say whether the Child Death Overview Panel is involved, or choose 'Not known'",
    ],
    ['otherProcesses.mediaInterest', "Say whether there is media interest, or choose 'Not known'"],
  ])('reports a missing %s at its path', (path, message) => {
    expect(errorsOf(withField(aCompleteReferral(), path, undefined))).toEqual([{ path, message }]);
  });

  it.each([
    ['referrer.name', ''],
    ['referrer.name', '   '],
    ['incident.description', ' \n\t '],
    ['children', []],
    ['agencies', []],
    ['children.0.legalStatus', []],
    ['incident.abuseTypes', []],
  ])('treats %s of %j as missing', (path, value) => {
    expect(errorsOf(withField(aCompleteReferral(), path, value)).map((error) => error.path)).toEqual([path]);
  });

  it('needs the declaration ticked, not just answered', () => {
    expect(errorsOf(withField(aCompleteReferral(), 'referrer.declarationAccurate', false))).toEqual([
      {
        path: 'referrer.declarationAccurate',
        message: 'Confirm that the information in this referral is accurate to the best of your knowledge',
      },
    ]);
  });

  it('needs at least one of the three learning answers, any one will do', () => {
    const none = aCompleteReferral({
      learning: { reasons: ' ', agencyConcerns: '', goodPractice: undefined },
    });
    expect(errorsOf(none).map((error) => error.path)).toEqual(['learning']);
    for (const field of ['reasons', 'agencyConcerns', 'goodPractice'] as const) {
      expect(errorsOf(aCompleteReferral({ learning: { [field]: 'Something to learn' } }))).toEqual([]);
    }
  });

  it.each([
    'suggestedRoute',
    'children.0.ethnicity',
    'children.0.nhsNumber',
    'children.0.carer',
    'children.0.names.otherNames',
    'household',
    'household.0.dateOfBirth',
    'household.0.address',
    'incident.keyEvents',
    'otherProcesses.otherReviewsDetails',
  ])('does not need the optional %s', (path) => {
    expect(errorsOf(withField(aCompleteReferral(), path, undefined))).toEqual([]);
  });

  it('accepts an empty household list', () => {
    expect(errorsOf(aCompleteReferral({ household: [] }))).toEqual([]);
  });

  it('speaks plain English, never validation jargon', () => {
    const messages = errorsOf({ children: [{}], household: [{}], agencies: [{}] }).map(
      (error) => error.message,
    );
    for (const message of messages) {
      expect(message).not.toMatch(/invalid|expected|undefined|null|string|boolean|enum|zod|required/i);
    }
  });
});
