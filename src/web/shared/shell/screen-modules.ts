import { lazyComponent } from '../components/lazy-component.tsx';
import type { Route } from '../routing/routes.ts';

/**
 * Every screen is its own chunk. The chunk for the address the tab opens on starts downloading while the host
 * and sign-in are still starting (`preloadScreen`), and renders without a fallback once it is here.
 */
export const screens = {
  home: lazyComponent(() =>
    import(/* webpackChunkName: "home" */ '../home/home-screen.tsx').then((m) => m.HomeScreen),
  ),
  check: lazyComponent(() =>
    import(/* webpackChunkName: "check" */ '../check/check-screen.tsx').then((m) => m.CheckScreen),
  ),
  referral: lazyComponent(() =>
    import(/* webpackChunkName: "referral" */ '../referral/referral-screen.tsx').then(
      (m) => m.ReferralScreen,
    ),
  ),
  timeline: lazyComponent(() =>
    import(/* webpackChunkName: "timeline" */ '../timeline/timeline-screen.tsx').then(
      (m) => m.TimelineScreen,
    ),
  ),
  guidance: lazyComponent(() =>
    import(/* webpackChunkName: "guidance" */ '../guidance/guidance-screen.tsx').then(
      (m) => m.GuidanceScreen,
    ),
  ),
  partnership: lazyComponent(() =>
    import(/* webpackChunkName: "partnership" */ '../partnership/partnership-screen.tsx').then(
      (m) => m.PartnershipScreen,
    ),
  ),
};

export function preloadScreen(route: Route): void {
  if (route.screen !== 'not-found') screens[route.screen].preload();
}
