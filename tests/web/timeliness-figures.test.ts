import { describe, it, expect } from '@jest/globals';
import { monthBars, overallPercent } from '../../src/web/shared/partnership/timeliness-figures.ts';

describe('partnership timeliness figures', () => {
  const figures = {
    months: [
      { month: '2026-03', sent: 0, onTime: 0 },
      { month: '2026-01', sent: 3, onTime: 2 },
      { month: '2026-02', sent: 4, onTime: 4 },
    ],
    medianWorkingDaysToSend: 4.5,
  };

  it('charts months oldest first with the whole per cent sent within the deadline', () => {
    expect(monthBars(figures).map((b) => [b.month, b.label, b.shortLabel, b.percent])).toEqual([
      ['2026-01', 'January 2026', 'Jan 26', 67],
      ['2026-02', 'February 2026', 'Feb 26', 100],
      ['2026-03', 'March 2026', 'Mar 26', null],
    ]);
  });

  it('keeps the most recent months when there are more than fit', () => {
    const months = [
      '2024-10',
      '2024-11',
      '2024-12',
      ...Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`),
    ];
    const many = {
      months: months.map((month) => ({ month, sent: 1, onTime: 1 })),
      medianWorkingDaysToSend: null,
    };
    expect(monthBars(many, 12).map((b) => b.month)).toEqual(months.slice(3));
  });

  it('gives the share on time across all months, or none before anything was sent', () => {
    expect(overallPercent(figures)).toBe(86);
    expect(overallPercent({ months: [], medianWorkingDaysToSend: null })).toBeNull();
  });
});
