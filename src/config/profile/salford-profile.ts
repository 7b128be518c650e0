import type { z } from 'zod';
import type { partnershipProfileSchema } from './profile-schema.ts';

/**
 * The default partnership: Salford Safeguarding Children Partnership (SSCP).
 * Facts from the SSCP 7 Minute Briefing "Making a referral for a Practice Review" (July 2023).
 */
export const salfordProfile: z.input<typeof partnershipProfileSchema> = {
  id: 'salford',
  name: 'Salford Safeguarding Children Partnership',
  shortName: 'SSCP',
  mailbox: 'sscp@salford.gov.uk',
  website: 'https://safeguardingchildren.salford.gov.uk/',
  qaRoleName: 'PRSG member',
  securityMarking: 'OFFICIAL-SENSITIVE',
  referencePrefix: 'SSCP',
  timeZone: 'Europe/London',
  deadline: { days: 5, dayKind: 'working', clockStart: 'incident', closureDays: [] },
  rapidReviewWorkingDays: 15,
  agencies: [
    { id: 'health', name: 'Health' },
    { id: 'police', name: 'Police' },
    { id: 'childrens-social-care', name: "Children's social care" },
    { id: 'education', name: 'Education and early years' },
    { id: 'housing', name: 'Housing' },
    { id: 'probation', name: 'Probation' },
    { id: 'voluntary-sector', name: 'Voluntary and community sector' },
  ],
  prsgMembers: [],
  reviewTypes: [
    'Rapid Review',
    'Multi-agency audit',
    'Single agency audit',
    'Local case review',
    'Serious Offence Review',
    'Seriously Good Outcome Review',
  ],
  outcomes: {
    urgent_action: {
      title: 'Act now to keep the child safe',
      summary: 'A child may be at immediate risk. Protecting them comes before any referral.',
      nextSteps: [
        "Contact Salford children's social care (the Bridge) now, or the police on 999 if a child is in immediate danger.",
        'Tell your Safeguarding Lead today.',
        'A practice review referral can follow once the child is safe.',
      ],
    },
    other_partnership: {
      title: 'Refer to another partnership',
      summary: 'The incident happened outside Salford and the child does not normally live here.',
      nextSteps: [
        'Refer to the safeguarding children partnership for the area where it happened or where the child lives.',
        'Discuss it with your Safeguarding Lead, who can help you find the right partnership.',
      ],
    },
    not_for_review: {
      title: 'Not for a child safeguarding practice review',
      summary: 'From your answers this case does not meet the criteria for a practice review referral.',
      nextSteps: [
        'For someone aged 18 or over, use the adult safeguarding routes (Salford Safeguarding Adults Board).',
        'Use your agency’s own single-agency learning routes if there is learning to share.',
        'If anything changes, run the check again.',
      ],
    },
    discuss_first: {
      title: 'Discuss it today, then decide',
      summary: 'The criteria may be met. Talk it through before deciding, and if in doubt, refer.',
      nextSteps: [
        'Speak to your Safeguarding Lead or your PRSG member today.',
        'If in doubt, make the referral: the Virtual Panel decides whether a review is needed.',
        'Keep the deadline in mind: referrals are due within 5 working days of the incident.',
      ],
    },
    must_refer: {
      title: 'A referral must be made',
      summary: 'A child has died or been seriously harmed and abuse or neglect is known or suspected.',
      nextSteps: [
        'Discuss the case with your Safeguarding Lead and/or PRSG member.',
        'Complete the referral and have it quality-assured by your PRSG member.',
        'It must reach the partnership within 5 working days of the incident.',
      ],
    },
    may_refer: {
      title: 'You can make a referral',
      summary:
        'Multi-agency practice may not have been robust. A referral can be made even without serious harm.',
      nextSteps: [
        'Discuss the case with your Safeguarding Lead and/or PRSG member.',
        'If you refer, the Virtual Panel may choose an audit or a local case review instead of a statutory review.',
      ],
    },
    consider_sgor: {
      title: 'Consider a Seriously Good Outcome Review',
      summary: 'Strong multi-agency work led to a good outcome for the child.',
      nextSteps: [
        'Consider referring for a Seriously Good Outcome Review so the good practice can be shared.',
        'Discuss it with your PRSG member.',
      ],
    },
  },
  guidance: {
    seriousHarm:
      'Serious harm includes, but is not limited to, serious and/or long-term impairment of mental health or of intellectual, emotional, social or behavioural development, or impairment of physical health. It counts even if the child recovers.',
    dataMinimisation:
      'Give only the personal details the partnership needs to decide whether to review the case. The referral is special category data and is encrypted and audited.',
    links: [
      {
        title: 'Practice reviews – Salford Safeguarding Children Partnership',
        url: 'https://safeguardingchildren.salford.gov.uk/',
      },
      {
        title: 'Working Together to Safeguard Children',
        url: 'https://www.gov.uk/government/publications/working-together-to-safeguard-children--2',
      },
      {
        title: 'Children Act 2004, sections 16A to 16F',
        url: 'https://www.legislation.gov.uk/ukpga/2004/31/part/2/crossheading/child-safeguarding-practice-review-panel',
      },
      {
        title: 'NSPCC National Case Review Repository',
        url: 'https://learning.nspcc.org.uk/case-reviews/national-case-review-repository',
      },
      {
        title: 'Child Safeguarding Practice Review Panel',
        url: 'https://www.gov.uk/government/organisations/child-safeguarding-practice-review-panel',
      },
    ],
  },
  contacts: [{ label: 'SSCP business unit', email: 'sscp@salford.gov.uk' }],
  retention: { abandonedDraftDays: 30, sentReferralDays: 2190 },
  delivery: { copyReferrerAndReviewer: true, sendAttempts: 8 },
};
