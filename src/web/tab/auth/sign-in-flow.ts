import { SignInProblem, classifySignInError } from './sign-in-problem.ts';
import type { TokenClient } from './token-client.ts';

/**
 * Silent first; when that needs the person (consent, a fresh sign-in), one interactive attempt if allowed.
 * Anything else, or a failed interactive attempt, becomes a SignInProblem the tab can explain.
 */
export async function acquireToken(
  client: TokenClient,
  options: { fresh?: boolean; allowInteractive: boolean },
): Promise<string> {
  try {
    return await client.silent({ fresh: options.fresh ?? false });
  } catch (error) {
    const kind = classifySignInError(error);
    if (!options.allowInteractive || (kind !== 'interaction' && kind !== 'consent')) {
      throw new SignInProblem(kind);
    }
  }
  try {
    return await client.interactive();
  } catch (error) {
    throw new SignInProblem(classifySignInError(error));
  }
}
