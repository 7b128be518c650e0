import { Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { DiamondDismiss12Filled } from '@fluentui/react-icons';
import type { Path } from '../form/form-paths.ts';
import { useField } from '../form/form-context.ts';
import type { Choice } from './choice-field.tsx';
import { useVisuallyHidden } from '../../components/visually-hidden.ts';

const useStyles = makeStyles({
  fieldset: {
    border: 'none',
    margin: 0,
    padding: 0,
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground1,
  },
  required: { color: tokens.colorPaletteRedForeground3, paddingLeft: tokens.spacingHorizontalXS },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: 0 },
  error: {
    display: 'flex',
    columnGap: tokens.spacingHorizontalXS,
    alignItems: 'center',
    color: tokens.colorPaletteRedForeground1,
    fontSize: tokens.fontSizeBase200,
    margin: 0,
  },
  options: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL },
});

/**
 * Several answers (legal status, types of abuse) as a fieldset; `exclusive` is an option that stands alone
 * ("None known"): choosing it clears the others and choosing another clears it.
 */
export function CheckboxGroupField<T extends string>(props: {
  path: Path;
  label: string;
  hint?: string;
  choices: readonly Choice<T>[];
  exclusive?: T;
  required?: boolean;
}) {
  const styles = useStyles();
  const hidden = useVisuallyHidden();
  const field = useField(props.path);
  const chosen = Array.isArray(field.value) ? (field.value as T[]) : [];
  const errorId = `${field.id}-error`;
  const hintId = `${field.id}-hint`;
  const toggle = (value: T, on: boolean) => {
    let next = on ? [...chosen, value] : chosen.filter((v) => v !== value);
    if (on && props.exclusive !== undefined) {
      next = value === props.exclusive ? [value] : next.filter((v) => v !== props.exclusive);
    }
    // Kept in the order the options are offered.
    const ordered = props.choices.map((c) => c.value).filter((v) => next.includes(v));
    field.set(ordered.length > 0 ? ordered : undefined);
  };
  return (
    <fieldset
      id={field.id}
      className={styles.fieldset}
      aria-describedby={
        [field.error ? errorId : '', props.hint ? hintId : ''].filter(Boolean).join(' ') || undefined
      }
    >
      <legend className={styles.legend}>
        {props.label}
        {props.required && (
          <>
            <span className={styles.required} aria-hidden>
              *
            </span>
            <span className={hidden.root}> (required)</span>
          </>
        )}
      </legend>
      {props.hint && (
        <p id={hintId} className={styles.hint}>
          {props.hint}
        </p>
      )}
      <div className={styles.options}>
        {props.choices.map((c) => (
          <Checkbox
            key={c.value}
            label={c.label}
            checked={chosen.includes(c.value)}
            onChange={(_e, data) => toggle(c.value, data.checked === true)}
          />
        ))}
      </div>
      {field.error && (
        <p id={errorId} className={styles.error} role="alert">
          <DiamondDismiss12Filled aria-hidden />
          {field.error}
        </p>
      )}
    </fieldset>
  );
}
