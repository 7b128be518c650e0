import { app } from '@microsoft/teams-js';
import { toHostTheme, type TeamsSession } from './teams-session.ts';

const timeout = (ms: number) =>
  new Promise<never>((_resolve, reject) => setTimeout(() => reject(new Error('host did not answer')), ms));

/**
 * Initialises teams-js and reads the context; undefined when no host answers within `timeoutMs` (the page is
 * framed by something that is not a Microsoft 365 host) or the handshake fails.
 */
export async function connectToTeams(timeoutMs: number): Promise<TeamsSession | undefined> {
  try {
    await Promise.race([app.initialize(), timeout(timeoutMs)]);
    const context = await Promise.race([app.getContext(), timeout(timeoutMs)]);
    return {
      hostName: context.app.host.name,
      theme: toHostTheme(context.app.theme),
      subPageId: context.page.subPageId,
      loginHint: context.user?.loginHint,
      tenantId: context.user?.tenant?.id,
      userObjectId: context.user?.id,
      onThemeChange: (handler) => app.registerOnThemeChangeHandler((theme) => handler(toHostTheme(theme))),
      notifySuccess: () => void app.notifySuccess().catch(() => undefined),
      notifyFailure: (message, reason) =>
        app.notifyFailure({
          reason: reason === 'AuthFailed' ? app.FailedReason.AuthFailed : app.FailedReason.Other,
          message,
        }),
    };
  } catch {
    return undefined;
  }
}
