import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';

/** A stale save was refused: say so plainly and offer the way forward (the person's text is kept to copy). */
export function ConflictPanel({ busy, onReload }: { busy: boolean; onReload: () => void }) {
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>Your latest changes were not saved</MessageBarTitle>
        This referral was changed somewhere else (perhaps in another window or on another device) after you
        opened it. Load the latest version to carry on. What you typed since your last save will be shown so
        you can copy it back.
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" disabled={busy} onClick={onReload}>
          {busy ? 'Loading…' : 'Load the latest version'}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
