import { describe, it, expect } from '@jest/globals';
import {
  buildReferralEmail,
  type ReferralEmailInput,
} from '../../../src/app/delivery/build-referral-email.ts';
import { parseProfile } from '../../../src/config/profile/load-profile.ts';
import { salfordProfile } from '../../../src/config/profile/salford-profile.ts';
import { otherPartnershipProfile } from '../../support/other-partnership-profile.ts';
import { aChild, aCompleteReferral, aHouseholdMember } from '../../support/referral-builder.ts';
import { readyReferral } from '../../support/referral-document-builder.ts';

const salford = parseProfile(salfordProfile, 'salford');
const child = aChild({
  names: { fullName: 'Araminta Quillby', otherNames: ['Minty Q'] },
  dateOfBirth: '2021-03-14',
  address: '17 Larkspur Close, Salford',
  postcode: 'M6 8HD',
  nhsNumber: '943 476 5919',
});

const input = (overrides: Partial<ReferralEmailInput> = {}): ReferralEmailInput => ({
  referralId: '9d7f3a52-0000-4000-8000-000000000001',
  reference: 'SSCP-2026-0042',
  referral: readyReferral(
    aCompleteReferral({ children: [child], household: [aHouseholdMember({ name: 'Bartholomew Quillby' })] }),
  ),
  dueBy: '2025-06-27',
  reviewer: { name: 'Priya Shah', email: 'priya.shah@health.example' },
  profile: salford,
  pdf: Buffer.from('%PDF-1.7'),
  ...overrides,
});

describe('the referral email', () => {
  it('goes to the partnership mailbox with the marking and the reference as its whole subject', () => {
    const mail = buildReferralEmail(input());
    expect(mail.to).toEqual([
      { address: 'sscp@salford.gov.uk', name: 'Salford Safeguarding Children Partnership' },
    ]);
    expect(mail.subject).toBe('OFFICIAL-SENSITIVE Practice review referral SSCP-2026-0042');
    expect(mail.attachments).toEqual([
      { name: 'SSCP-2026-0042.pdf', contentType: 'application/pdf', bytes: Buffer.from('%PDF-1.7') },
    ]);
    expect(mail.referralId).toBe('9d7f3a52-0000-4000-8000-000000000001');
  });

  it('gives reference, agency, route, dates and how to reach the referrer and the PRSG member', () => {
    const { html } = buildReferralEmail(input());
    for (const text of [
      'SSCP-2026-0042',
      'Health',
      'Serious incident',
      '20 June 2025',
      '23 June 2025',
      '27 June 2025',
      'Alex Morgan',
      'alex.morgan@example.org',
      '0161 206 1234',
      'PRSG member',
      'Priya Shah',
      'priya.shah@health.example',
    ]) {
      expect(html).toContain(text);
    }
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).not.toMatch(/<a |<script|<img|href=/i);
  });

  it('carries no child’s or household details in subject or body: those travel only in the PDF', () => {
    const mail = buildReferralEmail(input());
    const visible = `${mail.subject}\n${mail.html}`;
    for (const detail of [
      'Araminta',
      'Quillby',
      'Minty',
      '14 March 2021',
      '2021-03-14',
      'Larkspur',
      'M6 8HD',
      '9434765919',
      '943 476 5919',
      'Bartholomew',
      'injuries',
    ]) {
      expect(visible).not.toContain(detail);
    }
  });

  it('escapes whatever the referrer typed', () => {
    const referral = input().referral;
    const { html, subject } = buildReferralEmail(
      input({
        referral: {
          ...referral,
          referrer: { ...referral.referrer, name: '<script>alert("x")</script> & Co' },
        },
        reviewer: { name: "O'Brien <b>", email: undefined },
      }),
    );
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(html).toContain('O&#39;Brien &lt;b&gt;');
    expect(html).not.toContain('<script>');
    expect(subject).not.toContain('script');
  });

  it('copies referrer and PRSG member once each, never the mailbox itself, and only when the profile says so', () => {
    expect(buildReferralEmail(input()).cc).toEqual([
      { address: 'alex.morgan@example.org', name: 'Alex Morgan' },
      { address: 'priya.shah@health.example', name: 'Priya Shah' },
    ]);
    expect(
      buildReferralEmail(input({ reviewer: { name: 'Alex', email: 'ALEX.MORGAN@example.org' } })).cc,
    ).toHaveLength(1);
    expect(
      buildReferralEmail(input({ reviewer: { name: 'Desk', email: 'sscp@salford.gov.uk' } })).cc,
    ).toHaveLength(1);
    expect(buildReferralEmail(input({ reviewer: { name: 'Priya Shah', email: undefined } })).cc).toHaveLength(
      1,
    );
    const noCopies = parseProfile(
      { ...salfordProfile, delivery: { copyReferrerAndReviewer: false, sendAttempts: 8 } },
      'x',
    );
    expect(buildReferralEmail(input({ profile: noCopies })).cc).toEqual([]);
  });

  it('takes mailbox, marking and the QA role’s name from a second partnership’s profile', () => {
    const other = parseProfile(otherPartnershipProfile, 'other');
    const mail = buildReferralEmail(input({ profile: other }));
    expect(mail.to[0]?.address).toBe(other.mailbox);
    expect(mail.subject.startsWith(`${other.securityMarking} Practice review referral`)).toBe(true);
    expect(mail.html).toContain(other.qaRoleName);
  });
});
