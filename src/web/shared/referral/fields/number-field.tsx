import { Field, Input } from '@fluentui/react-components';
import type { Path } from '../form/form-paths.ts';
import { useField } from '../form/form-context.ts';
import { useFieldWidths } from './field-widths.ts';

/** A whole number (a child's approximate age); an empty box clears it. */
export function NumberField(props: {
  path: Path;
  label: string;
  hint?: string;
  required?: boolean;
  min: number;
  max: number;
}) {
  const field = useField(props.path);
  const widths = useFieldWidths();
  return (
    <Field
      label={{ children: props.label, htmlFor: field.id }}
      hint={props.hint}
      required={props.required}
      validationMessage={field.error}
      className={widths.number}
    >
      <Input
        id={field.id}
        type="number"
        min={props.min}
        max={props.max}
        step={1}
        value={typeof field.value === 'number' ? String(field.value) : ''}
        onChange={(_e, data) =>
          field.set(data.value === '' || Number.isNaN(Number(data.value)) ? undefined : Number(data.value))
        }
        onBlur={field.onBlur}
      />
    </Field>
  );
}
