import { ApiError, type FieldProblem } from '../../api/api-error.ts';
import { jsonEqual } from '../form/form-paths.ts';
import { mergePatchDiff } from '../form/merge-patch-diff.ts';
import type { AutosaveStatus } from './autosave-status.ts';

export interface AutosaveOptions<F, V extends { version: number; form: F }> {
  readonly form: F;
  readonly version: number;
  /** PATCH with If-Match; resolves with the referral as the service now holds it. */
  readonly save: (patch: Record<string, unknown>, version: number) => Promise<V>;
  /** The draft schema's problems with a form (nothing is sent while there are any). */
  readonly validate: (form: F) => readonly FieldProblem[];
  readonly onStatus: (status: AutosaveStatus) => void;
  readonly onSaved: (view: V) => void;
  readonly delayMs?: number;
  readonly timers?: { set: (fn: () => void, ms: number) => unknown; clear: (handle: unknown) => void };
  readonly now?: () => Date;
}

export interface Autosave<F> {
  /** The person changed the form: save it after a pause in typing. */
  update(form: F): void;
  /** Save now (leaving the page, submitting); true when everything is on the service. */
  flush(): Promise<boolean>;
  /** After reloading the latest version: start again from it. */
  reset(form: F, version: number): void;
  /** The changes the service has not got, as a merge patch (to show them after a conflict). */
  unsavedPatch(): Record<string, unknown> | undefined;
  dispose(): void;
}

const retryDelaysMs = [2_000, 5_000, 10_000, 20_000, 30_000];

/**
 * Debounced autosave with optimistic concurrency: one request at a time, each a merge patch against the last
 * saved form on the last saved version. Offline and server hiccups retry with back-off; a version conflict,
 * a refusal or a referral that can no longer be edited stop it until the person acts.
 */
export function createAutosave<F, V extends { version: number; form: F }>(
  options: AutosaveOptions<F, V>,
): Autosave<F> {
  const delayMs = options.delayMs ?? 800;
  const timers = options.timers ?? {
    set: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clear: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
  const now = options.now ?? (() => new Date());
  let saved = options.form;
  let latest = options.form;
  let version = options.version;
  let timer: unknown;
  let inFlight: Promise<void> | undefined;
  let failures = 0;
  let stopped = false;
  let disposed = false;
  let status: AutosaveStatus = { kind: 'saved', at: undefined };

  const setStatus = (next: AutosaveStatus) => {
    status = next;
    if (!disposed) options.onStatus(next);
  };
  const cancelTimer = () => {
    if (timer !== undefined) timers.clear(timer);
    timer = undefined;
  };
  const schedule = (ms: number) => {
    cancelTimer();
    timer = timers.set(() => {
      timer = undefined;
      void run();
    }, ms);
  };

  const fail = (error: unknown) => {
    const { code, status: http } =
      error instanceof ApiError ? error.problem : { code: 'UNKNOWN', status: 500 };
    if (code === 'VERSION_CONFLICT') {
      stopped = true;
      setStatus({ kind: 'conflict' });
    } else if (code === 'INVALID_TRANSITION' || code === 'NOT_FOUND') {
      stopped = true;
      setStatus({ kind: 'closed', state: error instanceof ApiError ? error.problem.state : undefined });
    } else if (http === 400) {
      setStatus({ kind: 'invalid', errors: error instanceof ApiError ? error.problem.errors : [] });
    } else {
      setStatus(http === 0 ? { kind: 'offline' } : { kind: 'retrying' });
      schedule(retryDelaysMs[Math.min(failures, retryDelaysMs.length - 1)]!);
      failures += 1;
    }
  };

  const sendOnce = async (): Promise<void> => {
    const form = latest;
    const patch = mergePatchDiff(saved, form);
    if (!patch) {
      setStatus({ kind: 'saved', at: status.kind === 'saved' ? status.at : now() });
      return;
    }
    const problems = options.validate(form);
    if (problems.length > 0) {
      setStatus({ kind: 'invalid', errors: problems });
      return;
    }
    setStatus({ kind: 'saving' });
    try {
      const view = await options.save(patch, version);
      failures = 0;
      saved = form;
      version = view.version;
      options.onSaved(view);
      if (jsonEqual(latest, saved)) setStatus({ kind: 'saved', at: now() });
      else schedule(delayMs);
    } catch (error) {
      fail(error);
    }
  };

  async function run(): Promise<void> {
    if (stopped || disposed) return;
    if (inFlight) {
      await inFlight;
      return run();
    }
    cancelTimer();
    inFlight = sendOnce().finally(() => (inFlight = undefined));
    await inFlight;
  }

  const online = () => {
    if (status.kind === 'offline') void run();
  };
  if (typeof window !== 'undefined') window.addEventListener('online', online);

  return {
    update(form) {
      latest = form;
      if (stopped) return;
      if (jsonEqual(latest, saved) && !inFlight) {
        cancelTimer();
        if (status.kind !== 'saved') setStatus({ kind: 'saved', at: undefined });
        return;
      }
      if (status.kind !== 'saving' && status.kind !== 'offline' && status.kind !== 'retrying') {
        setStatus({ kind: 'pending' });
      }
      if (status.kind !== 'offline' && status.kind !== 'retrying') schedule(delayMs);
    },
    async flush() {
      if (!stopped) {
        await run();
        // A change typed while the last request was out is sent as well.
        if (!stopped && !jsonEqual(latest, saved) && status.kind !== 'invalid' && status.kind !== 'offline')
          await run();
      }
      return !stopped && jsonEqual(latest, saved);
    },
    reset(form, nextVersion) {
      cancelTimer();
      saved = form;
      latest = form;
      version = nextVersion;
      stopped = false;
      failures = 0;
      setStatus({ kind: 'saved', at: undefined });
    },
    unsavedPatch: () => mergePatchDiff(saved, latest),
    dispose() {
      disposed = true;
      cancelTimer();
      if (typeof window !== 'undefined') window.removeEventListener('online', online);
    },
  };
}
