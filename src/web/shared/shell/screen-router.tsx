import { Suspense } from 'react';
import type { Route } from '../routing/routes.ts';
import { LoadingSkeleton } from './loading-skeleton.tsx';
import { NotFoundScreen } from './not-found-screen.tsx';
import { ScreenErrorBoundary } from './screen-error-boundary.tsx';
import { screens } from './screen-modules.ts';

const HomeScreen = screens.home.Component;
const CheckScreen = screens.check.Component;
const ReferralScreen = screens.referral.Component;
const TimelineScreen = screens.timeline.Component;
const GuidanceScreen = screens.guidance.Component;
const PartnershipScreen = screens.partnership.Component;

function Screen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'home':
      return <HomeScreen />;
    case 'check':
      return <CheckScreen />;
    case 'referral':
      return <ReferralScreen key={route.id} id={route.id} />;
    case 'timeline':
      return <TimelineScreen key={route.id} id={route.id} />;
    case 'guidance':
      return <GuidanceScreen />;
    case 'partnership':
      return <PartnershipScreen />;
    case 'not-found':
      return <NotFoundScreen />;
  }
}

/** The screen the route names, with a skeleton while its code loads. */
export function ScreenRouter({ route }: { route: Route }) {
  const key =
    route.screen === 'referral' || route.screen === 'timeline' ? `${route.screen}:${route.id}` : route.screen;
  return (
    <ScreenErrorBoundary resetKey={key}>
      <Suspense fallback={<LoadingSkeleton />}>
        <Screen route={route} />
      </Suspense>
    </ScreenErrorBoundary>
  );
}
