import { lazy, type ComponentType } from 'react';

export interface LazyComponent<P extends object> {
  /** Renders at once when its code is here; otherwise suspends (show a fallback) until it arrives. */
  readonly Component: ComponentType<P>;
  /** Starts downloading the code now, before anything renders it. */
  preload(): void;
}

/**
 * React.lazy, except that code already downloaded renders straight away: a plain lazy component suspends on its
 * first render even then, and React holds a revealed fallback for up to 300 ms, which the first screen
 * would pay on every start.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const start = () => {
    pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  const Suspending = lazy(() => start().then((component) => ({ default: component })));
  function Component(props: P) {
    const Ready = loaded;
    return Ready ? <Ready {...props} /> : <Suspending {...props} />;
  }
  return {
    Component,
    preload: () => {
      start().catch(() => {
        // Reported when the component renders and its lazy load fails again.
      });
    },
  };
}
