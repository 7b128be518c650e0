import { Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { containsMarkup } from '../../../../domain/referral/free-text.ts';
import type { Path } from '../form/form-paths.ts';
import { useField } from '../form/form-context.ts';

const useStyles = makeStyles({
  count: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

const markupWarning =
  'This looks like HTML or Markdown. It will be kept and shown as plain text, exactly as typed, not formatted.';

/**
 * Free text with its limit counted, and a warning (not an error) when it looks like markup: the service keeps
 * it as typed and every output escapes it.
 */
export function LongTextField(props: {
  path: Path;
  label: string;
  hint?: string;
  maxLength: number;
  required?: boolean;
  rows?: number;
}) {
  const styles = useStyles();
  const field = useField(props.path);
  const text = typeof field.value === 'string' ? field.value : '';
  const warning = !field.error && containsMarkup(text) ? markupWarning : undefined;
  const count = `${text.length.toLocaleString('en-GB')} of ${props.maxLength.toLocaleString('en-GB')} characters`;
  return (
    <Field
      label={{ children: props.label, htmlFor: field.id }}
      hint={
        <>
          {props.hint && <span>{props.hint} </span>}
          <span className={styles.count}>{count}</span>
        </>
      }
      required={props.required}
      validationMessage={field.error ?? warning}
      validationState={field.error ? 'error' : warning ? 'warning' : 'none'}
    >
      <Textarea
        id={field.id}
        value={text}
        rows={props.rows ?? 4}
        resize="vertical"
        maxLength={props.maxLength}
        onChange={(_e, data) => field.set(data.value)}
        onBlur={field.onBlur}
      />
    </Field>
  );
}
