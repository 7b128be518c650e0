/** The two ways to get a token: without the person (cache, refresh, host SSO), and with them (a sign-in window). */
export interface TokenClient {
  silent(options: { fresh: boolean }): Promise<string>;
  interactive(): Promise<string>;
}
