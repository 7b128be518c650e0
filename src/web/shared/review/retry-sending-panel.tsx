import { useState } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { problemMessage } from '../api/api-error.ts';
import type { ReferralView } from '../api/api-types.ts';
import { Panel } from '../shell/panel.tsx';
import { useWorkspace } from '../workspace/workspace-context.ts';

const useStyles = makeStyles({
  text: { margin: 0 },
  error: { margin: 0, color: tokens.colorPaletteRedForeground1 },
});

/** The business unit may ask for another delivery attempt after sending to the mailbox failed. */
export function RetrySendingPanel({
  view,
  onRetried,
}: {
  view: ReferralView;
  onRetried: (view: ReferralView) => void;
}) {
  const styles = useStyles();
  const { api } = useWorkspace();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  if (!view.capabilities.includes('retry_sending')) return null;
  const retry = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      onRetried(await api.post<ReferralView>(`/api/referrals/${view.id}/retry-sending`, {}));
    } catch (error) {
      setFailure(problemMessage(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Panel title="Sending failed" labelledBy="retry-heading">
      <p className={styles.text}>
        The referral was approved but could not be delivered to the partnership mailbox.
      </p>
      <Button appearance="primary" disabled={busy} onClick={() => void retry()}>
        {busy ? 'Asking…' : 'Try sending again'}
      </Button>
      {failure && (
        <p role="alert" className={styles.error}>
          {failure}
        </p>
      )}
    </Panel>
  );
}
