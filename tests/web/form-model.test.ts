import { describe, it, expect } from '@jest/globals';
import { fieldId, getIn, jsonEqual, pathKey, setIn } from '../../src/web/shared/referral/form/form-paths.ts';
import { mergePatchDiff } from '../../src/web/shared/referral/form/merge-patch-diff.ts';

describe('web form model: paths, updates and merge patches', () => {
  it('addresses fields by path, key and element id', () => {
    expect(pathKey(['children', 1, 'postcode'])).toBe('children.1.postcode');
    expect(fieldId('children.1.postcode')).toBe('f-children-1-postcode');
    expect(getIn({ children: [{}, { postcode: 'M5 4WT' }] }, ['children', 1, 'postcode'])).toBe('M5 4WT');
    expect(getIn({}, ['children', 0, 'postcode'])).toBeUndefined();
  });

  it('sets a value without changing the original, creating objects on the way', () => {
    const form = { referrer: { name: 'Riley' } };
    const next = setIn(form, ['referrer', 'jobTitle'], 'Nurse');
    expect(next).toEqual({ referrer: { name: 'Riley', jobTitle: 'Nurse' } });
    expect(form).toEqual({ referrer: { name: 'Riley' } });
    expect(setIn({}, ['dates', 'incidentDate'], '2026-01-02')).toEqual({
      dates: { incidentDate: '2026-01-02' },
    });
    expect(setIn({ children: [{ a: 1 }, { b: 2 }] }, ['children', 1, 'b'], 3)).toEqual({
      children: [{ a: 1 }, { b: 3 }],
    });
  });

  it('removes a field that is cleared, rather than keeping it blank', () => {
    expect(setIn({ referrer: { name: 'Riley', phone: '0161' } }, ['referrer', 'phone'], '')).toEqual({
      referrer: { name: 'Riley' },
    });
    expect(setIn({ referrer: { name: 'Riley' } }, ['referrer', 'name'], undefined)).toEqual({ referrer: {} });
  });

  it('compares JSON values whatever the key order', () => {
    expect(jsonEqual({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toBe(true);
    expect(jsonEqual({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual({ a: [] }, { a: {} })).toBe(false);
  });

  it('sends only what changed: new values, removed keys as null, lists whole', () => {
    const before = {
      route: 'sgor',
      referrer: { name: 'Riley', phone: '0161' },
      children: [{ names: { fullName: 'A' } }],
    };
    const after = {
      route: 'sgor',
      referrer: { name: 'Riley Hughes' },
      children: [{ names: { fullName: 'A' } }, {}],
    };
    expect(mergePatchDiff(before, after)).toEqual({
      referrer: { name: 'Riley Hughes', phone: null },
      children: [{ names: { fullName: 'A' } }, {}],
    });
    expect(mergePatchDiff(before, structuredClone(before))).toBeUndefined();
    expect(mergePatchDiff({}, { dates: { incidentDate: '2026-01-02' } })).toEqual({
      dates: { incidentDate: '2026-01-02' },
    });
    expect(mergePatchDiff({ dates: { incidentDate: '2026-01-02' } }, {})).toEqual({ dates: null });
  });
});
