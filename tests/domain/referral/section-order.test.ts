import { describe, it, expect } from '@jest/globals';
import { referralDraftSchema, referralSectionOrder } from '../../../src/domain/referral/index.ts';

describe('referral sections', () => {
  it('lists the sections in the order of the form', () => {
    expect(referralSectionOrder).toEqual([
      'route',
      'referrer',
      'safeguardingLead',
      'dates',
      'children',
      'household',
      'agencies',
      'incident',
      'learning',
      'otherProcesses',
    ]);
  });

  it('covers every top-level field of the draft, the route section holding the route fields', () => {
    const routeFields = ['route', 'suggestedRoute', 'routeChangeReason'];
    const sectionFields = Object.keys(referralDraftSchema.shape).filter(
      (key) => !routeFields.slice(1).includes(key),
    );
    expect(sectionFields).toEqual([...referralSectionOrder]);
  });
});
