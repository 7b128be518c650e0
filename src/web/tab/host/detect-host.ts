/**
 * Whether the page may be inside a Microsoft 365 host (Teams, Outlook, the Microsoft 365 app), decided
 * without waiting: framed pages and Teams mobile's web view (`nativeInterface`) may be; so may any page
 * whose address carries the manifest's `inTeams` hint. A plain browser tab is none of these.
 */
export interface HostGuess {
  readonly maybeHosted: boolean;
  /** The manifest's content URL says so: wait for the host as long as it takes. */
  readonly hinted: boolean;
}

export function guessHost(win: Window): HostGuess {
  const hint = new URLSearchParams(win.location.search).get('inTeams');
  const hinted = hint !== null && hint !== 'false' && hint !== '0';
  const framed = win.parent !== win;
  const nativeWebView = 'nativeInterface' in win;
  return { maybeHosted: hinted || framed || nativeWebView, hinted };
}

/** How long a framed page without the hint waits for a host to answer before running on its own. */
export const unhintedHostTimeoutMs = 3000;
/** With the hint, Teams is there: allow a slow machine time, but never teams-js's full minute. */
export const hintedHostTimeoutMs = 15000;
