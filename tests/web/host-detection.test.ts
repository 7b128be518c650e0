import { describe, it, expect } from '@jest/globals';
import { guessHost } from '../../src/web/tab/host/detect-host.ts';
import { toHostTheme } from '../../src/web/tab/host/teams-session.ts';

const aWindow = (options: { search?: string; framed?: boolean; native?: boolean }): Window => {
  const win: Record<string, unknown> = { location: { search: options.search ?? '' } };
  win.parent = options.framed ? {} : win;
  if (options.native) win.nativeInterface = {};
  return win as unknown as Window;
};

describe('tab host detection: decided at once, without waiting for teams-js', () => {
  it('runs standalone in a plain browser tab', () => {
    expect(guessHost(aWindow({}))).toEqual({ maybeHosted: false, hinted: false });
  });

  it('may be hosted when framed (Teams web and desktop) or in Teams mobile’s web view', () => {
    expect(guessHost(aWindow({ framed: true }))).toEqual({ maybeHosted: true, hinted: false });
    expect(guessHost(aWindow({ native: true }))).toEqual({ maybeHosted: true, hinted: false });
  });

  it('trusts the manifest’s inTeams hint', () => {
    expect(guessHost(aWindow({ search: '?inTeams=1' }))).toEqual({ maybeHosted: true, hinted: true });
    expect(guessHost(aWindow({ search: '?inTeams=false' }))).toEqual({ maybeHosted: false, hinted: false });
  });

  it('maps Teams themes to the three Fluent ones, unknown names to the default', () => {
    expect(toHostTheme('dark')).toBe('dark');
    expect(toHostTheme('contrast')).toBe('contrast');
    expect(toHostTheme('default')).toBe('default');
    expect(toHostTheme(undefined)).toBe('default');
    expect(toHostTheme('something-new')).toBe('default');
  });
});
