import { Suspense, lazy, useEffect, useState } from 'react';
import { FluentProvider, makeStyles, tokens, type Theme } from '@fluentui/react-components';
import { LoadingSkeleton } from '../shared/shell/loading-skeleton.tsx';
import { LazyErrorPanel as ErrorPanel } from '../shared/shell/lazy-error-panel.tsx';
import { whenReady } from '../shared/workspace/ready-signal.ts';
import { DevWorkspace } from './dev-workspace.tsx';
import { initialTheme, fluentThemeFor } from './host/fluent-theme.ts';
import type { TabStart } from './start-tab.ts';

// Production sign-in (MSAL and its prompts) is not needed in dev mode, nor before the host has answered.
const EntraWorkspace = lazy(() =>
  import(/* webpackChunkName: "signin" */ './entra-workspace.tsx').then((m) => ({
    default: m.EntraWorkspace,
  })),
);

const useStyles = makeStyles({
  provider: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  failure: { padding: tokens.spacingHorizontalXXL },
});

/** The Teams personal tab: finds its host, follows its theme, signs in, then shows the workspace. */
export function TabApp({ starting }: { starting: Promise<TabStart> }) {
  const styles = useStyles();
  const [start, setStart] = useState<TabStart>();
  const [failed, setFailed] = useState(false);
  const [theme, setTheme] = useState<Theme>(initialTheme);

  useEffect(() => {
    starting.then(
      (started) => {
        setTheme(started.theme);
        setStart(started);
        started.teams?.onThemeChange((next) => void fluentThemeFor(next).then(setTheme));
        whenReady(() => started.teams?.notifySuccess());
      },
      () => setFailed(true),
    );
  }, [starting]);

  // The page behind the app (overscroll, short screens) takes the theme's canvas colour too.
  useEffect(() => {
    document.body.style.backgroundColor = theme.colorNeutralBackground2 ?? '';
    document.documentElement.style.colorScheme = theme === initialTheme ? 'light' : 'dark';
  }, [theme]);

  let content;
  if (failed) {
    content = (
      <div className={styles.failure}>
        <ErrorPanel
          title="The workspace could not start"
          message="Reload the tab. If it keeps happening, the service may be down: contact your IT service desk."
          onRetry={() => window.location.reload()}
          retryLabel="Reload"
        />
      </div>
    );
  } else if (!start) {
    content = <LoadingSkeleton />;
  } else if (start.dev) {
    content = <DevWorkspace users={start.dev.users} initial={start.dev} hosted={start.teams !== undefined} />;
  } else {
    content = (
      <Suspense fallback={<LoadingSkeleton label="Signing you in" />}>
        <EntraWorkspace start={start} />
      </Suspense>
    );
  }
  return (
    <FluentProvider theme={theme} className={styles.provider}>
      {content}
    </FluentProvider>
  );
}
