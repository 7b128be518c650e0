import { useSyncExternalStore } from 'react';
import { currentHash, subscribeToRoute } from './hash-router.ts';
import { parseRoute, type Route } from './routes.ts';

let cached: { readonly hash: string; readonly route: Route } | undefined;

const snapshot = (): Route => {
  const hash = currentHash();
  if (cached?.hash !== hash) cached = { hash, route: parseRoute(hash) };
  return cached.route;
};

/** The screen the address points to, kept in step with the hash. */
export function useRoute(): Route {
  return useSyncExternalStore(subscribeToRoute, snapshot);
}
