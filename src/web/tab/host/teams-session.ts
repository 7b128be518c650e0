/** What the tab needs from Teams (or another Microsoft 365 host), independent of teams-js. */
export type HostTheme = 'default' | 'dark' | 'contrast';

export interface TeamsSession {
  readonly hostName: string;
  readonly theme: HostTheme;
  /** The deep link's sub-page: a referral id (or a hash path) to open. */
  readonly subPageId: string | undefined;
  readonly loginHint: string | undefined;
  readonly tenantId: string | undefined;
  readonly userObjectId: string | undefined;
  onThemeChange(handler: (theme: HostTheme) => void): void;
  notifySuccess(): void;
  notifyFailure(message: string, reason: 'AuthFailed' | 'Other'): void;
}

export const toHostTheme = (theme: string | undefined): HostTheme =>
  theme === 'dark' || theme === 'contrast' ? theme : 'default';
