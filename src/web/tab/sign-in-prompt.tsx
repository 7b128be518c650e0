import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { signInProblemText, type SignInProblemKind } from './auth/sign-in-problem.ts';

const useStyles = makeStyles({
  root: {
    maxWidth: '40rem',
    margin: '0 auto',
    padding: tokens.spacingHorizontalXXL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    alignItems: 'flex-start',
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

/** Why the person is not signed in yet, and (unless only an admin can fix it) the button that signs them in. */
export function SignInPrompt(props: { kind: SignInProblemKind; busy: boolean; onSignIn: () => void }) {
  const styles = useStyles();
  const text = signInProblemText[props.kind];
  return (
    <main className={styles.root}>
      <h1 className={styles.title}>Practice Review Referral</h1>
      <MessageBar intent={props.kind === 'interaction' ? 'info' : 'warning'} layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{text.title}</MessageBarTitle>
          {text.message}
        </MessageBarBody>
      </MessageBar>
      {props.kind !== 'not-configured' && (
        <Button
          appearance="primary"
          disabled={props.busy}
          onClick={props.onSignIn}
          icon={props.busy ? <Spinner size="tiny" /> : undefined}
        >
          {props.busy ? 'Signing in…' : 'Sign in'}
        </Button>
      )}
    </main>
  );
}
