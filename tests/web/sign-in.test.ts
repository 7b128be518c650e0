import { describe, it, expect } from '@jest/globals';
import { acquireToken } from '../../src/web/tab/auth/sign-in-flow.ts';
import { SignInProblem, classifySignInError } from '../../src/web/tab/auth/sign-in-problem.ts';
import type { TokenClient } from '../../src/web/tab/auth/token-client.ts';

/** MSAL errors carry `errorCode` (and sometimes `subError`); these are shaped like them. */
const msalError = (errorCode: string, message = '', subError = '') =>
  Object.assign(new Error(message), { errorCode, subError });

/** Runs a stand-in for MSAL that returns a token or throws its error, as a promise. */
const settle = (answer: () => string): Promise<string> => {
  try {
    return Promise.resolve(answer());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
};

function client(silent: () => string, interactive: () => string = () => 'interactive-token') {
  const calls: string[] = [];
  const tokens: TokenClient = {
    silent: ({ fresh }) => {
      calls.push(fresh ? 'silent(fresh)' : 'silent');
      return settle(silent);
    },
    interactive: () => {
      calls.push('interactive');
      return settle(interactive);
    },
  };
  return { tokens, calls };
}

describe('tab sign-in: silent first, interactive when needed, clear problems otherwise', () => {
  it('uses the silent token when there is one', async () => {
    const { tokens, calls } = client(() => 'silent-token');
    expect(await acquireToken(tokens, { allowInteractive: true })).toBe('silent-token');
    expect(calls).toEqual(['silent']);
  });

  it('asks for a fresh token after the service refused the last', async () => {
    const { tokens, calls } = client(() => 'fresh-token');
    await acquireToken(tokens, { fresh: true, allowInteractive: false });
    expect(calls).toEqual(['silent(fresh)']);
  });

  it('falls back to an interactive sign-in when the silent one needs the person', async () => {
    const { tokens, calls } = client(() => {
      throw msalError('interaction_required');
    });
    expect(await acquireToken(tokens, { allowInteractive: true })).toBe('interactive-token');
    expect(calls).toEqual(['silent', 'interactive']);
  });

  it('does not open a sign-in window when that is not allowed (a plain browser before a click)', async () => {
    const { tokens, calls } = client(() => {
      throw msalError('login_required');
    });
    await expect(acquireToken(tokens, { allowInteractive: false })).rejects.toEqual(
      new SignInProblem('interaction'),
    );
    expect(calls).toEqual(['silent']);
  });

  it('reports missing consent clearly when the interactive sign-in cannot get it', async () => {
    const { tokens } = client(
      () => {
        throw msalError(
          'invalid_grant',
          'AADSTS65001: The user or administrator has not consented to use the application.',
        );
      },
      () => {
        throw msalError('consent_required');
      },
    );
    await expect(acquireToken(tokens, { allowInteractive: true })).rejects.toMatchObject({ kind: 'consent' });
  });

  it('sorts MSAL errors into what the person must do', () => {
    expect(classifySignInError(msalError('consent_required'))).toBe('consent');
    expect(classifySignInError(msalError('interaction_required', '', 'consent_required'))).toBe('consent');
    expect(classifySignInError(msalError('invalid_grant', 'AADSTS65001: no consent'))).toBe('consent');
    expect(classifySignInError(msalError('user_cancelled'))).toBe('cancelled');
    expect(classifySignInError(msalError('popup_window_error'))).toBe('popup-blocked');
    expect(classifySignInError(msalError('no_account_error'))).toBe('interaction');
    expect(classifySignInError(new Error('boom'))).toBe('other');
    expect(classifySignInError(new SignInProblem('not-configured'))).toBe('not-configured');
  });
});
