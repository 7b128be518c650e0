import { useEffect, useRef, useState, type ReactNode } from 'react';
import { ConfirmDialog } from '../components/confirm-dialog.tsx';
import { setNavigationGuard } from '../routing/hash-router.ts';
import { hasUnsavedChanges, type AutosaveStatus } from './autosave/autosave-status.ts';

/**
 * Leaving the form with changes not yet saved: an in-app link first tries to save them now and asks only if that
 * fails; closing or reloading the tab gets the browser's own "Leave site?" question. Returns the dialog to render.
 */
export function useLeaveGuard(status: AutosaveStatus, flush: () => Promise<boolean>): ReactNode {
  const latest = useRef({ status, flush });
  latest.current = { status, flush };
  const [asking, setAsking] = useState(false);
  const answer = useRef<(leave: boolean) => void>(undefined);

  useEffect(() => {
    const removeGuard = setNavigationGuard(async () => {
      if (!hasUnsavedChanges(latest.current.status)) return true;
      if (await latest.current.flush()) return true;
      setAsking(true);
      return new Promise<boolean>((resolve) => {
        answer.current = resolve;
      });
    });
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!hasUnsavedChanges(latest.current.status)) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      removeGuard();
      window.removeEventListener('beforeunload', beforeUnload);
    };
  }, []);

  const close = (leave: boolean) => {
    setAsking(false);
    answer.current?.(leave);
    answer.current = undefined;
  };
  return (
    <ConfirmDialog
      open={asking}
      title="Leave without saving?"
      message="Your latest changes are not saved yet. The save status at the top of the form says why. If you leave now, they will be lost."
      confirmLabel="Leave and lose changes"
      cancelLabel="Stay on the form"
      onConfirm={() => close(true)}
      onCancel={() => close(false)}
    />
  );
}
