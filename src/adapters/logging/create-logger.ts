import pino, { type Logger } from 'pino';

/**
 * Paths that may carry a child's details or a credential. Logs should never receive them in the first
 * place; redaction is the second line of defence.
 */
const redactPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'authorization',
  'token',
  '*.token',
  'body',
  '*.body',
  'content',
  '*.content',
  'answers',
  '*.answers',
  'children',
  '*.children',
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'practice-review-referral' },
      redact: { paths: redactPaths, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}

export type { Logger };
