import { useRef, useState } from 'react';
import {
  Button,
  Field,
  Radio,
  RadioGroup,
  Spinner,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ApiError, problemMessage } from '../api/api-error.ts';
import type { Capability, ReferralView } from '../api/api-types.ts';
import { Panel } from '../shell/panel.tsx';
import { useWorkspace } from '../workspace/workspace-context.ts';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  error: { margin: 0, color: tokens.colorPaletteRedForeground1 },
  submit: { alignSelf: 'flex-start' },
});

type Decision = Extract<Capability, 'approve' | 'return' | 'decline'>;

// Limits as the service's decision routes set them.
const decisions: {
  value: Decision;
  label: string;
  text: string;
  required: boolean;
  body: 'comments' | 'reason';
  max: number;
}[] = [
  {
    value: 'approve',
    label: 'Approve and send to the partnership',
    text: 'Comments (optional)',
    required: false,
    body: 'comments',
    max: 2000,
  },
  {
    value: 'return',
    label: 'Return to the referrer for changes',
    text: 'What needs to change',
    required: true,
    body: 'comments',
    max: 4000,
  },
  {
    value: 'decline',
    label: 'Decline',
    text: 'Why you are declining it (for example, another route is better)',
    required: true,
    body: 'reason',
    max: 4000,
  },
];

/** The PRSG member's decision: only the ones the service offers them (never on their own referral). */
export function DecisionPanel(props: {
  view: ReferralView;
  qaRoleName: string;
  onDecided: (view: ReferralView) => void;
}) {
  const styles = useStyles();
  const { api } = useWorkspace();
  const offered = decisions.filter((d) => props.view.capabilities.includes(d.value));
  const [choice, setChoice] = useState<Decision>();
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<{ choice?: string; text?: string; failure?: string }>({});
  const [busy, setBusy] = useState(false);
  const group = useRef<HTMLDivElement>(null);
  const textBox = useRef<HTMLTextAreaElement>(null);
  if (offered.length === 0) return null;
  const chosen = offered.find((d) => d.value === choice);

  const decide = async () => {
    if (!chosen) {
      setErrors({ choice: 'Choose your decision.' });
      group.current?.querySelector('input')?.focus();
      return;
    }
    if (chosen.required && text.trim() === '') {
      setErrors({
        text: chosen.value === 'return' ? 'Say what needs to change.' : 'Give the reason for declining.',
      });
      textBox.current?.focus();
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const body = text.trim() === '' ? {} : { [chosen.body]: text.trim() };
      props.onDecided(await api.post<ReferralView>(`/api/referrals/${props.view.id}/${chosen.value}`, body));
    } catch (error) {
      const message =
        error instanceof ApiError && error.problem.code === 'INVALID_TRANSITION'
          ? 'A decision has already been recorded for this referral. Reload the page to see it.'
          : problemMessage(error);
      setErrors({ failure: message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Panel title="Your decision" labelledBy="decision-heading">
      <form
        className={styles.form}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void decide();
        }}
        aria-labelledby="decision-heading"
      >
        <Field label={`As ${props.qaRoleName}, you can`} validationMessage={errors.choice} required>
          <RadioGroup
            ref={group}
            value={choice ?? ''}
            onChange={(_e, data) => setChoice(data.value as Decision)}
          >
            {offered.map((d) => (
              <Radio key={d.value} value={d.value} label={d.label} />
            ))}
          </RadioGroup>
        </Field>
        {chosen && (
          <Field label={chosen.text} required={chosen.required} validationMessage={errors.text}>
            <Textarea
              ref={textBox}
              value={text}
              rows={4}
              resize="vertical"
              maxLength={chosen.max}
              onChange={(_e, data) => setText(data.value)}
            />
          </Field>
        )}
        <Button
          type="submit"
          appearance="primary"
          className={styles.submit}
          disabled={busy}
          icon={busy ? <Spinner size="tiny" /> : undefined}
        >
          {busy ? 'Recording…' : 'Record decision'}
        </Button>
        {errors.failure && (
          <p role="alert" className={styles.error}>
            {errors.failure}
          </p>
        )}
      </form>
    </Panel>
  );
}
