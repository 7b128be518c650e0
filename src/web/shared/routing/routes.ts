/** The workspace's screens, addressed by the URL hash (`#/referrals/<id>`): ids only, never a person's words. */
export type Route =
  | { readonly screen: 'home' }
  | { readonly screen: 'check' }
  | { readonly screen: 'referral'; readonly id: string }
  | { readonly screen: 'timeline'; readonly id: string }
  | { readonly screen: 'guidance' }
  | { readonly screen: 'partnership' }
  | { readonly screen: 'not-found' };

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isReferralId = (value: string): boolean => uuid.test(value);

/** The route of a hash such as `#/referrals/<id>/timeline`; an empty hash is home. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [first, second, third, ...rest] = parts;
  if (first === undefined) return { screen: 'home' };
  if (rest.length > 0) return { screen: 'not-found' };
  if (first === 'referrals' && second !== undefined && isReferralId(second)) {
    if (third === undefined) return { screen: 'referral', id: second.toLowerCase() };
    if (third === 'timeline') return { screen: 'timeline', id: second.toLowerCase() };
    return { screen: 'not-found' };
  }
  if (second !== undefined) return { screen: 'not-found' };
  if (first === 'check' || first === 'guidance' || first === 'partnership') return { screen: first };
  return { screen: 'not-found' };
}

export function routeHref(route: Route): string {
  switch (route.screen) {
    case 'home':
    case 'not-found':
      return '#/';
    case 'referral':
      return `#/referrals/${route.id}`;
    case 'timeline':
      return `#/referrals/${route.id}/timeline`;
    default:
      return `#/${route.screen}`;
  }
}

/**
 * Where a Teams deep link points: its `subPageId` (subEntityId) holds a referral id, or a hash path such as
 * `referrals/<id>/timeline`. Anything else opens home.
 */
export function routeFromSubPageId(subPageId: string | undefined): Route | undefined {
  if (!subPageId) return undefined;
  const trimmed = subPageId.trim();
  if (isReferralId(trimmed)) return { screen: 'referral', id: trimmed.toLowerCase() };
  const route = parseRoute(`#/${trimmed.replace(/^#?\/?/, '')}`);
  return route.screen === 'not-found' || route.screen === 'home' ? undefined : route;
}
