/**
 * True when this page load is the answer of a popup sign-in (the identity platform sent the window back to the
 * tab with `code` and `state`): the tab then hands the answer to its opener instead of starting the workspace.
 */
export function isSignInAnswer(location: Location): boolean {
  const params = new URLSearchParams(location.hash.replace(/^#/, '') || location.search);
  return params.has('state') && (params.has('code') || params.has('error'));
}

export async function completeSignInAnswer(): Promise<void> {
  const { broadcastResponseToMainFrame } = await import(
    /* webpackChunkName: "msal-bridge" */ '@azure/msal-browser/redirect-bridge'
  );
  await broadcastResponseToMainFrame();
}
