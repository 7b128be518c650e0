import type { RetryBackoff } from '../../app/ports/job-queue.ts';

export interface ExponentialBackoffOptions {
  readonly baseMs: number;
  readonly maxMs: number;
  /** 0 ≤ random() < 1; pass a fixed function in tests. */
  readonly random?: () => number;
}

/**
 * Doubles from `baseMs` per attempt up to `maxMs`, with "equal jitter": half the delay is fixed
 * (never an instant retry), half random (workers that failed together do not retry together).
 */
export function exponentialBackoff({
  baseMs,
  maxMs,
  random = Math.random,
}: ExponentialBackoffOptions): RetryBackoff {
  return {
    delayMs(attempts) {
      const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
      return Math.floor(ceiling / 2 + (random() * ceiling) / 2);
    },
  };
}
