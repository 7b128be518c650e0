/** Why a token could not be had, in the terms the tab shows to the person. */
export type SignInProblemKind =
  'consent' | 'interaction' | 'cancelled' | 'popup-blocked' | 'not-configured' | 'other';

export class SignInProblem extends Error {
  readonly kind: SignInProblemKind;
  constructor(kind: SignInProblemKind, message?: string) {
    super(message ?? kind);
    this.kind = kind;
  }
}

interface ErrorLike {
  readonly errorCode?: unknown;
  readonly subError?: unknown;
  readonly message?: unknown;
}

/** Sorts an MSAL error (read by its codes, so this file needs no MSAL) into what the person must do. */
export function classifySignInError(error: unknown): SignInProblemKind {
  if (error instanceof SignInProblem) return error.kind;
  const e = (typeof error === 'object' && error !== null ? error : {}) as ErrorLike;
  const code = typeof e.errorCode === 'string' ? e.errorCode : '';
  const sub = typeof e.subError === 'string' ? e.subError : '';
  const message = typeof e.message === 'string' ? e.message : '';
  if (code === 'consent_required' || sub === 'consent_required' || /AADSTS65001/.test(message))
    return 'consent';
  if (code === 'user_cancelled') return 'cancelled';
  if (code === 'popup_window_error' || code === 'empty_window_error' || code === 'block_nested_popups') {
    return 'popup-blocked';
  }
  if (['interaction_required', 'login_required', 'no_account_error', 'no_tokens_found'].includes(code)) {
    return 'interaction';
  }
  return 'other';
}

/** What the tab says for each problem; the consent case names who can fix it. */
export const signInProblemText: Readonly<Record<SignInProblemKind, { title: string; message: string }>> = {
  consent: {
    title: 'Your organisation has not yet allowed this app to sign you in',
    message:
      'Practice Review Referral needs permission to sign you in. Select Sign in to give it, or if your organisation does not let you, ask your IT service desk to grant admin consent for the app.',
  },
  interaction: {
    title: 'Sign in to continue',
    message: 'Microsoft 365 needs you to confirm who you are before the workspace can open.',
  },
  cancelled: {
    title: 'Sign-in was cancelled',
    message: 'The workspace needs you to sign in. Select Sign in to try again.',
  },
  'popup-blocked': {
    title: 'The sign-in window could not open',
    message: 'Allow pop-ups for this site, then select Sign in.',
  },
  'not-configured': {
    title: 'Sign-in is not set up',
    message:
      'This installation has no app registration for sign-in. Ask your agency admin to finish setting up Practice Review Referral.',
  },
  other: {
    title: 'You could not be signed in',
    message:
      'Something went wrong while signing you in. Select Sign in to try again; if it keeps happening, contact your IT service desk.',
  },
};
