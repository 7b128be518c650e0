import { describe, it, expect } from '@jest/globals';
import { parseRoute, routeFromSubPageId, routeHref } from '../../src/web/shared/routing/routes.ts';

const id = '1616caa7-c40a-462d-ab83-41f09a84d23e';

describe('web routes: the screen an address names', () => {
  it('reads the screens from the hash, and an empty hash as home', () => {
    expect(parseRoute('')).toEqual({ screen: 'home' });
    expect(parseRoute('#/')).toEqual({ screen: 'home' });
    expect(parseRoute('#/check')).toEqual({ screen: 'check' });
    expect(parseRoute('#/guidance')).toEqual({ screen: 'guidance' });
    expect(parseRoute('#/partnership')).toEqual({ screen: 'partnership' });
    expect(parseRoute(`#/referrals/${id}`)).toEqual({ screen: 'referral', id });
    expect(parseRoute(`#/referrals/${id.toUpperCase()}/timeline`)).toEqual({ screen: 'timeline', id });
  });

  it('treats anything else as not found, including ids that are not referral ids', () => {
    for (const hash of [
      '#/referrals/42',
      '#/referrals/',
      `#/referrals/${id}/edit`,
      '#/check/extra',
      '#/admin',
      `#/referrals/${id}/timeline/x`,
    ]) {
      expect(parseRoute(hash)).toEqual({ screen: 'not-found' });
    }
  });

  it('writes every route back to the hash it came from', () => {
    for (const hash of [
      '#/',
      '#/check',
      '#/guidance',
      '#/partnership',
      `#/referrals/${id}`,
      `#/referrals/${id}/timeline`,
    ]) {
      expect(routeHref(parseRoute(hash))).toBe(hash);
    }
  });

  it('opens a Teams deep link’s sub-page: a referral id or a hash path, and nothing else', () => {
    expect(routeFromSubPageId(id)).toEqual({ screen: 'referral', id });
    expect(routeFromSubPageId(`referrals/${id}/timeline`)).toEqual({ screen: 'timeline', id });
    expect(routeFromSubPageId('#/guidance')).toEqual({ screen: 'guidance' });
    expect(routeFromSubPageId(undefined)).toBeUndefined();
    expect(routeFromSubPageId('')).toBeUndefined();
    expect(routeFromSubPageId('javascript:alert(1)')).toBeUndefined();
  });
});
