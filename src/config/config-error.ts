/** A setting is missing, malformed or contradicts another; the message names the setting. Start-up stops. */
export class ConfigError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ConfigError';
  }
}
