import type { Route } from '../routing/routes.ts';

/** What the first screen asks the API for: who is signed in, the profile, and the data of the screen shown. */
export function firstScreenPaths(route: Route): string[] {
  const paths = ['/api/me', '/api/profile'];
  if (route.screen === 'home') paths.push('/api/referrals?view=mine');
  if (route.screen === 'referral') paths.push(`/api/referrals/${route.id}`);
  return paths;
}
