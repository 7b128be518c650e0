import { Suspense, lazy, type ComponentProps } from 'react';
import type { ErrorPanel as ErrorPanelType } from './error-panel.tsx';

const ErrorPanel = lazy(() =>
  import(/* webpackChunkName: "error" */ './error-panel.tsx').then((m) => ({ default: m.ErrorPanel })),
);

/** The error panel for code in the first-load chunk: errors are rare, so its Fluent parts load only then. */
export function LazyErrorPanel(props: ComponentProps<typeof ErrorPanelType>) {
  return (
    <Suspense fallback={<p role="alert">{`${props.title}. ${props.message}`}</p>}>
      <ErrorPanel {...props} />
    </Suspense>
  );
}
