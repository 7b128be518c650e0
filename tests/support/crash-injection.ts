import type { JobQueue } from '../../src/app/ports/job-queue.ts';
import type { DeliveryRepository } from '../../src/app/ports/delivery-repository.ts';
import type { MailTransport } from '../../src/app/ports/mail-transport.ts';
import type { Store } from '../../src/app/ports/store.ts';

/** The process died here. Everything it would do after this fails too, until it "restarts". */
export class Killed extends Error {
  override readonly name = 'Killed';
}

/**
 * Counts the boundaries a run crosses (before and after every Graph request, every transaction,
 * every delivery and queue write) and kills the process at the one it is armed for.
 */
export interface CrashSwitch {
  point(label: string): void;
  /** Kill at the `at`-th boundary from now (1 = the very next one); Infinity to only count. */
  arm(at: number): void;
  disarm(): void;
  readonly count: number;
  /** Where it was killed, once it was. */
  readonly killedAt: string | undefined;
}

export function crashSwitch(): CrashSwitch {
  let count = 0;
  let at = Infinity;
  let killedAt: string | undefined;
  return {
    point(label) {
      if (killedAt !== undefined) throw new Killed(`already dead (killed ${killedAt})`);
      count += 1;
      if (count === at) {
        killedAt = `${label} (#${count})`;
        throw new Killed(killedAt);
      }
    },
    arm(n) {
      count = 0;
      at = n;
      killedAt = undefined;
    },
    disarm() {
      at = Infinity;
      killedAt = undefined;
    },
    get count() {
      return count;
    },
    get killedAt() {
      return killedAt;
    },
  };
}

const describeRequest = (input: Parameters<typeof fetch>[0], init: RequestInit | undefined) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  return `${init?.method ?? 'GET'} ${url.pathname.replace(/messages\/[^/]+/, 'messages/{id}').replace(/upload\/.+/, 'upload')}`;
};

/** fetch that dies before a request leaves, or after its answer arrived (the work done, the answer lost). */
export function crashingFetch(crash: CrashSwitch, inner: typeof fetch = fetch): typeof fetch {
  return async (input, init) => {
    const label = describeRequest(input, init);
    crash.point(`before ${label}`);
    const response = await inner(input, init);
    try {
      crash.point(`after ${label}`);
    } catch (error) {
      await response.body?.cancel();
      throw error;
    }
    return response;
  };
}

function wrapMethods<T extends object>(crash: CrashSwitch, name: string, target: T): T {
  const wrapped: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(target)) {
    wrapped[key] =
      typeof value === 'function'
        ? async (...args: unknown[]) => {
            crash.point(`before ${name}.${key}`);
            const result: unknown = await (value as (...a: unknown[]) => Promise<unknown>).apply(
              target,
              args,
            );
            crash.point(`after ${name}.${key}`);
            return result;
          }
        : value;
  }
  return wrapped as T;
}

/** The store as the delivery job sees it: every transaction and every delivery or queue write can be the last. */
export function crashingStore(crash: CrashSwitch, store: Store): Store {
  return {
    ...store,
    deliveries: wrapMethods<DeliveryRepository>(crash, 'deliveries', store.deliveries),
    jobs: wrapMethods<JobQueue>(crash, 'jobs', store.jobs),
    transaction: async (work) => {
      crash.point('before transaction');
      const result = await store.transaction(work);
      crash.point('after transaction');
      return result;
    },
  };
}

/** A transport whose every step can be the last (for transports that do not go through fetch). */
export function crashingTransport(crash: CrashSwitch, transport: MailTransport): MailTransport {
  return {
    ...wrapMethods(crash, 'transport', transport),
    confirmsImmediately: transport.confirmsImmediately,
  };
}

/** Small, seedable PRNG (mulberry32), so a failing randomized run can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
