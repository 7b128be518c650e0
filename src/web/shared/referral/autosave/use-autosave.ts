import { useEffect, useRef, useState } from 'react';
import type { ReferralDraft } from '../../../../domain/referral/draft/referral-draft-schema.ts';
import { parseReferralDraft } from '../../../../domain/referral/draft/parse-referral-draft.ts';
import type { ReferralView } from '../../api/api-types.ts';
import { useWorkspace } from '../../workspace/workspace-context.ts';
import { createAutosave, type Autosave } from './autosave-controller.ts';
import type { AutosaveStatus } from './autosave-status.ts';

const draftProblems = (form: ReferralDraft) => {
  const parsed = parseReferralDraft(form);
  return parsed.ok ? [] : parsed.errors;
};

/** Autosaves the form of one referral while it is edited; the status drives the status line and the guards. */
export function useAutosave(view: ReferralView, form: ReferralDraft, onSaved: (view: ReferralView) => void) {
  const { api } = useWorkspace();
  const [status, setStatus] = useState<AutosaveStatus>({ kind: 'saved', at: undefined });
  const autosave = useRef<Autosave<ReferralDraft>>(undefined);
  const savedCallback = useRef(onSaved);
  savedCallback.current = onSaved;

  useEffect(() => {
    const controller = createAutosave<ReferralDraft, ReferralView>({
      form: view.form,
      version: view.version,
      save: (patch, version) => api.patch<ReferralView>(`/api/referrals/${view.id}`, patch, version),
      validate: draftProblems,
      onStatus: setStatus,
      onSaved: (saved) => savedCallback.current(saved),
    });
    autosave.current = controller;
    return () => controller.dispose();
    // One controller per referral opened; later views come from its own saves.
  }, [api, view.id]);

  useEffect(() => autosave.current?.update(form), [form]);

  return {
    status,
    flush: () => autosave.current?.flush() ?? Promise.resolve(true),
    reset: (next: ReferralView) => autosave.current?.reset(next.form, next.version),
    unsavedPatch: () => autosave.current?.unsavedPatch(),
  };
}
