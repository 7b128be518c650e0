import { describe, it, expect } from '@jest/globals';
import { checkReadyToSubmit, type Referral, type ReferralDraft } from '../../../src/domain/referral/index.ts';
import { aChild, aCompleteReferral, readyContext } from '../../support/referral-builder.ts';

const errorsOf = (draft: ReferralDraft) => {
  const result = checkReadyToSubmit(draft, readyContext);
  return result.ready ? [] : result.errors;
};

const childrenOf = (draft: ReferralDraft): Referral['children'] => {
  const result = checkReadyToSubmit(draft, readyContext);
  if (!result.ready) throw new Error(`not ready: ${JSON.stringify(result.errors)}`);
  return result.referral.children;
};

describe('ready to submit: children', () => {
  it('reports the errors of several children, each at its own index, child by child', () => {
    const draft = aCompleteReferral({
      children: [
        aChild(),
        aChild({ names: { fullName: 'Child B' }, postcode: 'ABC', nhsNumber: '943 476 5918' }),
        aChild({ names: { fullName: '' }, legalStatus: [], sexOrGender: undefined }),
      ],
    });
    expect(errorsOf(draft)).toEqual([
      { path: 'children.1.postcode', message: 'Enter a real UK postcode, like M5 4WT' },
      { path: 'children.1.nhsNumber', message: 'This is not a valid NHS number: check each digit' },
      { path: 'children.2.names.fullName', message: "Enter the child's full name" },
      { path: 'children.2.sexOrGender', message: "Choose the child's sex or gender" },
      { path: 'children.2.legalStatus', message: "Choose the child's legal status, or 'None known'" },
    ]);
  });

  it.each(['SW1A 1AA', 'M5 4WT', 'GIR 0AA', 'm54wt', ' sw1a1aa '])('accepts the postcode %j', (postcode) => {
    expect(errorsOf(aCompleteReferral({ children: [aChild({ postcode })] }))).toEqual([]);
  });

  it.each(['ABC', '12345', 'M5 4W', 'Salford'])('refuses the postcode %j', (postcode) => {
    expect(errorsOf(aCompleteReferral({ children: [aChild({ postcode })] }))).toEqual([
      { path: 'children.0.postcode', message: 'Enter a real UK postcode, like M5 4WT' },
    ]);
  });

  it('stores postcodes in standard form and NHS numbers as ten digits', () => {
    const [child] = childrenOf(
      aCompleteReferral({ children: [aChild({ postcode: 'm54wt', nhsNumber: ' 943 476 5919 ' })] }),
    );
    expect(child).toMatchObject({ postcode: 'M5 4WT', nhsNumber: '9434765919' });
  });

  it.each([
    ['943 476 591', 'Enter the NHS number as 10 digits, like 943 476 5919'],
    ['943-476-5919', 'Enter the NHS number as 10 digits, like 943 476 5919'],
    ['943 476 5918', 'This is not a valid NHS number: check each digit'],
    ['1234567890', 'This is not a valid NHS number: check each digit'],
  ])('refuses the NHS number %j', (nhsNumber, message) => {
    expect(errorsOf(aCompleteReferral({ children: [aChild({ nhsNumber })] }))).toEqual([
      { path: 'children.0.nhsNumber', message },
    ]);
  });

  it('treats a blank NHS number as not given', () => {
    const [child] = childrenOf(aCompleteReferral({ children: [aChild({ nhsNumber: '  ' })] }));
    expect(child).not.toHaveProperty('nhsNumber');
  });

  it('drops empty "other names" boxes and keeps the names given', () => {
    const [child] = childrenOf(
      aCompleteReferral({
        children: [aChild({ names: { fullName: 'Child A', otherNames: ['', ' Kiki ', '  '] } })],
      }),
    );
    expect(child?.names).toEqual({ fullName: 'Child A', otherNames: ['Kiki'] });
  });

  it('leaves out the carer when neither who nor where is given, and keeps whichever is', () => {
    const carerOf = (carer: { who?: string; where?: string }) =>
      childrenOf(aCompleteReferral({ children: [aChild({ carer })] }))[0]?.carer;
    expect(carerOf({ who: ' ', where: '' })).toBeUndefined();
    expect(carerOf({ where: "Grandmother's flat" })).toEqual({ where: "Grandmother's flat" });
  });

  it('refuses more than 10 children even when the draft was not parsed', () => {
    const draft = aCompleteReferral({ children: Array.from({ length: 11 }, () => aChild()) });
    expect(errorsOf(draft)).toEqual([
      { path: 'children', message: 'A referral can cover up to 10 children' },
    ]);
  });

  it('accepts up to 10 children', () => {
    expect(errorsOf(aCompleteReferral({ children: Array.from({ length: 10 }, () => aChild()) }))).toEqual([]);
  });
});
