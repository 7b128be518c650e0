import { Component, type ReactNode } from 'react';
import { LazyErrorPanel as ErrorPanel } from './lazy-error-panel.tsx';

interface State {
  readonly failed: boolean;
}

/** Keeps one broken screen (or a screen whose code failed to download) from blanking the workspace. */
export class ScreenErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidUpdate(previous: { resetKey: string }): void {
    if (previous.resetKey !== this.props.resetKey && this.state.failed) this.setState({ failed: false });
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <ErrorPanel
        title="This page could not be shown"
        message="Part of the app did not load, perhaps because the connection dropped. Reload to try again."
        onRetry={() => window.location.reload()}
        retryLabel="Reload"
      />
    );
  }
}
