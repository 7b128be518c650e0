import { describe, it, expect } from '@jest/globals';
import { ApiError, networkProblem, toProblem } from '../../src/web/shared/api/api-error.ts';
import { createAutosave } from '../../src/web/shared/referral/autosave/autosave-controller.ts';
import type { AutosaveStatus } from '../../src/web/shared/referral/autosave/autosave-status.ts';

type Form = Record<string, unknown>;
interface View {
  version: number;
  form: Form;
}

/** Timers the test runs by hand, so no test waits on the clock. */
function manualTimers() {
  const pending = new Map<number, () => void>();
  let next = 1;
  return {
    set: (fn: () => void) => {
      pending.set(next, fn);
      return next++;
    },
    clear: (handle: unknown) => void pending.delete(handle as number),
    count: () => pending.size,
    async fire() {
      const due = [...pending.entries()];
      pending.clear();
      for (const [, fn] of due) fn();
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

/** `answer` stands for the service: it returns the saved view or throws the service's error. */
function harness(
  answer: (patch: Form, version: number) => View,
  validate: (form: Form) => { path: string; message: string }[] = () => [],
) {
  const timers = manualTimers();
  const statuses: AutosaveStatus[] = [];
  const saved: View[] = [];
  const autosave = createAutosave<Form, View>({
    form: { referrer: { name: 'Riley' } },
    version: 1,
    save: (patch, version) => {
      try {
        return Promise.resolve(answer(patch, version));
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
    validate,
    onStatus: (s) => statuses.push(s),
    onSaved: (v) => saved.push(v),
    timers,
    now: () => new Date('2026-11-25T10:42:00Z'),
  });
  return { autosave, timers, statuses, saved, last: () => statuses.at(-1)?.kind };
}

describe('web autosave: debounced merge patches with If-Match', () => {
  it('waits for a pause, then sends only the change on the version being edited', async () => {
    const calls: [Form, number][] = [];
    const h = harness((patch, version) => {
      calls.push([patch, version]);
      return { version: version + 1, form: {} };
    });
    h.autosave.update({ referrer: { name: 'Riley H' } });
    h.autosave.update({ referrer: { name: 'Riley Hughes' } });
    expect(h.last()).toBe('pending');
    expect(calls).toEqual([]);
    await h.timers.fire();
    expect(calls).toEqual([[{ referrer: { name: 'Riley Hughes' } }, 1]]);
    expect(h.statuses.at(-1)).toEqual({ kind: 'saved', at: new Date('2026-11-25T10:42:00Z') });

    h.autosave.update({ referrer: { name: 'Riley Hughes', phone: '0161' } });
    await h.timers.fire();
    expect(calls[1]).toEqual([{ referrer: { phone: '0161' } }, 2]);
  });

  it('sends nothing while the draft schema refuses the form', async () => {
    const calls: Form[] = [];
    const h = harness(
      (patch) => {
        calls.push(patch);
        return { version: 2, form: {} };
      },
      (form) =>
        JSON.stringify(form).includes('\\u0007')
          ? [{ path: 'referrer.name', message: 'hidden characters' }]
          : [],
    );
    h.autosave.update({ referrer: { name: 'Riley\u0007' } });
    await h.timers.fire();
    expect(calls).toEqual([]);
    expect(h.statuses.at(-1)).toEqual({
      kind: 'invalid',
      errors: [{ path: 'referrer.name', message: 'hidden characters' }],
    });
  });

  it('keeps the change while offline and sends it when a retry succeeds', async () => {
    let online = false;
    const h = harness((_patch, version) => {
      if (!online) throw new ApiError(networkProblem());
      return { version: version + 1, form: {} };
    });
    h.autosave.update({ referrer: { name: 'Offline edit' } });
    await h.timers.fire();
    expect(h.last()).toBe('offline');
    expect(h.timers.count()).toBe(1);
    online = true;
    await h.timers.fire();
    expect(h.last()).toBe('saved');
    expect(h.autosave.unsavedPatch()).toBeUndefined();
  });

  it('stops on a version conflict and keeps what was not saved', async () => {
    const h = harness(() => {
      throw new ApiError(toProblem(412, { code: 'VERSION_CONFLICT', detail: 'stale', currentVersion: 3 }));
    });
    h.autosave.update({ referrer: { name: 'Mine' } });
    await h.timers.fire();
    expect(h.last()).toBe('conflict');
    expect(h.timers.count()).toBe(0);
    h.autosave.update({ referrer: { name: 'Mine, typed after' } });
    expect(h.timers.count()).toBe(0);
    expect(h.autosave.unsavedPatch()).toEqual({ referrer: { name: 'Mine, typed after' } });
    expect(await h.autosave.flush()).toBe(false);

    h.autosave.reset({ referrer: { name: 'Theirs' } }, 3);
    expect(h.last()).toBe('saved');
    expect(h.autosave.unsavedPatch()).toBeUndefined();
  });

  it('stops when the referral can no longer be edited', async () => {
    const h = harness(() => {
      throw new ApiError(toProblem(409, { code: 'INVALID_TRANSITION', detail: 'no', state: 'submitted' }));
    });
    h.autosave.update({ referrer: { name: 'Late' } });
    await h.timers.fire();
    expect(h.statuses.at(-1)).toEqual({ kind: 'closed', state: 'submitted' });
  });

  it('saves at once when flushed, and reports whether everything reached the service', async () => {
    const calls: Form[] = [];
    const h = harness((patch, version) => {
      calls.push(patch);
      return { version: version + 1, form: {} };
    });
    expect(await h.autosave.flush()).toBe(true);
    h.autosave.update({ referrer: { name: 'Riley' }, route: 'sgor' });
    expect(await h.autosave.flush()).toBe(true);
    expect(calls).toEqual([{ route: 'sgor' }]);
    expect(h.saved).toHaveLength(1);
  });
});
