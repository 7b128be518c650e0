import { teamsLightTheme, type Theme } from '@fluentui/react-components';
import type { HostTheme } from './teams-session.ts';

/**
 * The Fluent theme for a Teams theme. Light ships with the first load; dark and high contrast are a small
 * chunk fetched only when asked for.
 */
export async function fluentThemeFor(theme: HostTheme): Promise<Theme> {
  if (theme === 'default') return teamsLightTheme;
  const themes = await import(/* webpackChunkName: "themes" */ './dark-themes.ts');
  return theme === 'dark' ? themes.teamsDarkTheme : themes.teamsHighContrastTheme;
}

export const initialTheme = teamsLightTheme;

/** Outside Teams the person's system setting decides between light and dark. */
export const browserTheme = (win: Window): HostTheme =>
  win.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'default';
