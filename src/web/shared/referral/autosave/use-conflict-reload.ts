import { useState } from 'react';
import type { ReferralDraft } from '../../../../domain/referral/draft/referral-draft-schema.ts';
import { problemMessage } from '../../api/api-error.ts';
import type { ReferralView } from '../../api/api-types.ts';
import { useWorkspace } from '../../workspace/workspace-context.ts';
import { flattenPatch, type UnsavedValue } from '../form/flatten-patch.ts';

/**
 * After a version conflict: loads the latest version into the form and keeps what the person typed since their
 * last save, labelled, to copy back.
 */
export function useConflictReload(options: {
  id: string;
  unsavedPatch: () => Record<string, unknown> | undefined;
  onLoaded: (view: ReferralView, form: ReferralDraft) => void;
}) {
  const { api } = useWorkspace();
  const [reloading, setReloading] = useState(false);
  const [unsaved, setUnsaved] = useState<UnsavedValue[]>([]);
  const [failure, setFailure] = useState<string>();
  const reload = async () => {
    setReloading(true);
    setFailure(undefined);
    const lost = flattenPatch(options.unsavedPatch());
    try {
      const latest = await api.get<ReferralView>(`/api/referrals/${options.id}`);
      setUnsaved(lost);
      options.onLoaded(latest, latest.form);
    } catch (error) {
      setFailure(problemMessage(error));
    } finally {
      setReloading(false);
    }
  };
  return { reloading, unsaved, failure, reload, dismiss: () => setUnsaved([]) };
}
