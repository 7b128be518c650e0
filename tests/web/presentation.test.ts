import { describe, it, expect } from '@jest/globals';
import {
  collapseAutosaves,
  historyLabel,
  isViewingEvent,
} from '../../src/web/shared/format/history-labels.ts';
import { daysLeftText, deadlineTone, stateWording } from '../../src/web/shared/format/referral-state.ts';
import { labelForPath, summaryText } from '../../src/web/shared/referral/form/field-labels.ts';
import { flattenPatch } from '../../src/web/shared/referral/form/flatten-patch.ts';
import { sortForWork } from '../../src/web/shared/home/sort-referrals.ts';
import type { HistoryEvent, ReferralSummary } from '../../src/web/shared/api/api-types.ts';

const event = (seq: number, action: string, actorId = 'me'): HistoryEvent => ({
  seq,
  at: '2026-11-25T10:00:00.000Z',
  action,
  actorId,
  details: {},
});

describe('web presentation: the words the workspace shows', () => {
  it('says how many working days are left, and how late an overdue referral is', () => {
    expect(daysLeftText(3)).toBe('3 working days left');
    expect(daysLeftText(1)).toBe('1 working day left');
    expect(daysLeftText(0)).toBe('Due today');
    expect(daysLeftText(-2)).toBe('Overdue by 2 working days');
    expect(daysLeftText(4, 'calendar')).toBe('4 days left');
    expect([-1, 0, 2, 3].map(deadlineTone)).toEqual(['overdue', 'due-today', 'soon', 'ok']);
  });

  it('names the QA role as the partnership does', () => {
    expect(stateWording('submitted', 'PRSG member').label).toBe('With PRSG member');
    expect(stateWording('submitted', 'Designated reviewer').label).toBe('With Designated reviewer');
    expect(stateWording('changes_requested', 'PRSG member').label).toBe('Returned for changes');
  });

  it('turns audit actions into timeline entries, hiding reads unless asked and collapsing runs of autosaves', () => {
    expect(historyLabel(event(1, 'referral.submit'), 'PRSG member')).toBe(
      'Sent to the PRSG member for quality assurance',
    );
    expect(historyLabel(event(1, 'referral.some_new_thing'), 'PRSG member')).toBe('Some new thing');
    expect(isViewingEvent(event(1, 'referral.read'))).toBe(true);
    const rows = collapseAutosaves([
      event(5, 'referral.submit'),
      event(4, 'referral.updated'),
      event(3, 'referral.updated'),
      event(2, 'referral.updated', 'someone-else'),
      event(1, 'referral.created'),
    ]);
    expect(rows.map((r) => [r.event.seq, r.count])).toEqual([
      [5, 1],
      [4, 2],
      [2, 1],
      [1, 1],
    ]);
  });

  it('labels fields by path, saying which child, person or agency an error is about', () => {
    expect(labelForPath('children.1.postcode')).toBe('Child 2: Postcode');
    expect(labelForPath('referrer.jobTitle')).toBe('Your job title');
    expect(summaryText('agencies.0.contact', 'Enter a contact')).toBe('Agency 1: Enter a contact');
    expect(summaryText('route', 'Choose the type of referral')).toBe('Choose the type of referral');
  });

  it('lists the text a conflict kept from being saved, labelled', () => {
    expect(
      flattenPatch({
        incident: { description: 'Found at home' },
        children: [{ names: { otherNames: ['Ayla', 'AJ'] } }],
        dates: null,
      }),
    ).toEqual([
      { key: 'incident.description', label: 'Brief factual description', text: 'Found at home' },
      { key: 'children.0.names.otherNames', label: 'Child 1: Other names used', text: 'Ayla, AJ' },
    ]);
  });

  it('puts open work first, nearest deadline first, then finished work newest first', () => {
    const summary = (
      reference: string,
      state: ReferralSummary['state'],
      daysLeft: number | null,
      updatedAt: string,
    ) => ({ id: reference, reference, state, daysLeft, updatedAt }) as ReferralSummary;
    const sorted = sortForWork([
      summary('sent-old', 'sent', null, '2026-01-01'),
      summary('draft-3', 'draft', 3, '2026-02-01'),
      summary('late', 'submitted', -1, '2026-01-15'),
      summary('sent-new', 'sent', null, '2026-03-01'),
      summary('no-date', 'draft', null, '2026-03-02'),
    ]);
    expect(sorted.map((r) => r.reference)).toEqual(['late', 'draft-3', 'no-date', 'sent-new', 'sent-old']);
  });
});
