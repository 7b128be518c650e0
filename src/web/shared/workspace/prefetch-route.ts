import type { ApiClient } from '../api/api-client.ts';
import type { Route } from '../routing/routes.ts';
import { firstScreenPaths } from './first-screen-paths.ts';

/**
 * The requests the first screen will make, started as soon as there is a token (or taken over from the page's
 * boot script, which started them before the app's code had even loaded). Saves a round trip per start-up step.
 */
export function prefetchRoute(
  api: ApiClient,
  route: Route,
  started?: ReadonlyMap<string, Promise<Response>>,
): void {
  for (const path of firstScreenPaths(route)) api.prefetch(path, started?.get(path));
}
