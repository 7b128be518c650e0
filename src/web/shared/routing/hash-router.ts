import { routeHref, type Route } from './routes.ts';

/**
 * A guard asked before the workspace leaves a screen (e.g. a form with unsaved changes).
 * It resolves true to let the navigation go ahead.
 */
export type NavigationGuard = () => Promise<boolean>;

type Listener = () => void;

const listeners = new Set<Listener>();
let guard: NavigationGuard | undefined;
let hashShown = typeof window === 'undefined' ? '' : window.location.hash;

const notify = () => {
  for (const listener of listeners) listener();
};

async function onHashChange(): Promise<void> {
  const next = window.location.hash;
  if (next === hashShown) return;
  if (guard && !(await guard())) {
    // Stay: put the address back without adding another history entry.
    history.replaceState(history.state, '', hashShown || '#/');
    return;
  }
  hashShown = next;
  notify();
}

let listening = false;
function listen(): void {
  if (listening) return;
  listening = true;
  window.addEventListener('hashchange', () => void onHashChange());
}

/** The hash the workspace shows now (it lags the address bar while a guard decides). */
export const currentHash = (): string => hashShown;

export function subscribeToRoute(listener: Listener): () => void {
  listen();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Goes to a screen (through the guard, like a link). `replace` swaps the history entry instead of adding one. */
export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  listen();
  const hash = routeHref(route);
  if (hash === hashShown) return;
  if (options.replace) {
    history.replaceState(history.state, '', hash);
    hashShown = hash;
    notify();
  } else {
    window.location.hash = hash;
  }
}

/** Sets the one guard (the screen on show); returns a function that removes it. */
export function setNavigationGuard(next: NavigationGuard): () => void {
  guard = next;
  return () => {
    if (guard === next) guard = undefined;
  };
}
