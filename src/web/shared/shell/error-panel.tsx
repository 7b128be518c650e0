import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useReadySignal } from '../workspace/ready-signal.ts';

/** A problem the person can do something about, with the one action that helps. */
export function ErrorPanel(props: {
  title: string;
  message: string;
  onRetry?: () => void;
  retryLabel?: string;
}) {
  useReadySignal(true);
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{props.title}</MessageBarTitle>
        {props.message}
      </MessageBarBody>
      {props.onRetry && (
        <MessageBarActions>
          <Button onClick={props.onRetry}>{props.retryLabel ?? 'Try again'}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
