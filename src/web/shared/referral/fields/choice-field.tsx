import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import type { Path } from '../form/form-paths.ts';
import { useField } from '../form/form-context.ts';

export interface Choice<T> {
  readonly value: T;
  readonly label: string;
}

const encode = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'boolean' ? String(value) : '';

/** One answer from a few (radio buttons); values may be strings or booleans. */
export function ChoiceField<T extends string | boolean>(props: {
  path: Path;
  label: string;
  hint?: string;
  choices: readonly Choice<T>[];
  required?: boolean;
  inline?: boolean;
}) {
  const field = useField(props.path);
  return (
    // The id is on the field (the summary link's target); the radio group keeps the id its label points to.
    <Field
      id={field.id}
      label={props.label}
      hint={props.hint}
      required={props.required}
      validationMessage={field.error}
    >
      <RadioGroup
        layout={props.inline ? 'horizontal' : 'vertical'}
        value={encode(field.value)}
        onChange={(_e, data) => field.set(props.choices.find((c) => encode(c.value) === data.value)?.value)}
      >
        {props.choices.map((c) => (
          <Radio key={encode(c.value)} value={encode(c.value)} label={c.label} />
        ))}
      </RadioGroup>
    </Field>
  );
}

/** Labels keyed by value (the domain's option lists) as radio choices, in the list's order. */
export const choicesOf = <T extends string>(
  values: readonly T[],
  labels: Readonly<Record<T, string>>,
): Choice<T>[] => values.map((value) => ({ value, label: labels[value] }));

export const yesNo: readonly Choice<boolean>[] = [
  { value: true, label: 'Yes' },
  { value: false, label: 'No' },
];
