import { startBootRequests } from './boot/boot-requests.ts';
import { isSignInAnswer } from './auth/auth-redirect.ts';

// The tab's first script: starts the start-up requests while the app's code is still on its way.
if (!isSignInAnswer(window.location)) startBootRequests(window);
