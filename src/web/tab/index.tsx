import { createRoot } from 'react-dom/client';
import { TabApp } from './tab-app.tsx';
import { completeSignInAnswer, isSignInAnswer } from './auth/auth-redirect.ts';
import { startTab } from './start-tab.ts';
import { preloadScreen } from '../shared/shell/screen-modules.ts';
import { currentRoute } from '../shared/routing/current-route.ts';

const root = document.getElementById('root');
if (isSignInAnswer(window.location)) {
  // This window is a sign-in popup coming back: pass the answer to the tab that opened it.
  void completeSignInAnswer();
} else if (root) {
  // Host, config and the first screen's code are fetched before React renders anything.
  preloadScreen(currentRoute());
  const starting = startTab(window);
  createRoot(root).render(<TabApp starting={starting} />);
}
