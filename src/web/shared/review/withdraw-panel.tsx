import { useState } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { problemMessage } from '../api/api-error.ts';
import type { ReferralView } from '../api/api-types.ts';
import { ConfirmDialog } from '../components/confirm-dialog.tsx';
import { Panel } from '../shell/panel.tsx';
import { useWorkspace } from '../workspace/workspace-context.ts';

const useStyles = makeStyles({
  error: { margin: 0, color: tokens.colorPaletteRedForeground1 },
  text: { margin: 0 },
});

/** The referrer may withdraw a referral that has not been approved yet; it asks first. */
export function WithdrawPanel({
  view,
  onWithdrawn,
}: {
  view: ReferralView;
  onWithdrawn: (view: ReferralView) => void;
}) {
  const styles = useStyles();
  const { api } = useWorkspace();
  const [asking, setAsking] = useState(false);
  const [failure, setFailure] = useState<string>();
  if (!view.capabilities.includes('withdraw')) return null;
  const withdraw = async () => {
    setAsking(false);
    try {
      onWithdrawn(await api.post<ReferralView>(`/api/referrals/${view.id}/withdraw`, {}));
    } catch (error) {
      setFailure(problemMessage(error));
    }
  };
  return (
    <Panel title="No longer needed?" labelledBy="withdraw-heading">
      <p className={styles.text}>
        Withdraw the referral if it should not go to the partnership. This cannot be undone.
      </p>
      <Button onClick={() => setAsking(true)}>Withdraw referral</Button>
      {failure && (
        <p role="alert" className={styles.error}>
          {failure}
        </p>
      )}
      <ConfirmDialog
        open={asking}
        title={`Withdraw ${view.reference}?`}
        message="It will not be sent to the partnership, and you will not be able to edit or send it again."
        confirmLabel="Withdraw"
        onConfirm={() => void withdraw()}
        onCancel={() => setAsking(false)}
      />
    </Panel>
  );
}
