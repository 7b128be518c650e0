import { useState } from 'react';
import type { ReferralView } from '../api/api-types.ts';
import { problemMessage } from '../api/api-error.ts';
import { navigate } from '../routing/hash-router.ts';
import { focusNextHeading } from '../shell/page-heading.tsx';
import { useWorkspace } from './workspace-context.ts';

/** Starts a draft (from a check when given) and opens it. */
export function useStartReferral() {
  const { api } = useWorkspace();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const start = async (assessment?: unknown) => {
    setBusy(true);
    setError(undefined);
    try {
      const view = await api.post<ReferralView>(
        '/api/referrals',
        assessment === undefined ? {} : { assessment },
      );
      focusNextHeading();
      navigate({ screen: 'referral', id: view.id });
    } catch (e) {
      setError(problemMessage(e));
      setBusy(false);
    }
  };
  return { start, busy, error };
}
