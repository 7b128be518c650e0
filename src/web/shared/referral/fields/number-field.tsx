import { Input } from '@fluentui/react-components';
import type { Path } from '../form/form-paths.ts';
import { useField } from '../form/form-context.ts';
import { LabelledField } from './labelled-field.tsx';

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
  return (
    <LabelledField
      label={props.label}
      hint={props.hint}
      required={props.required}
      id={field.id}
      error={field.error}
      width="number"
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
    </LabelledField>
  );
}
