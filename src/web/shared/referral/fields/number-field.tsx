import { Input } from '@fluentui/react-components';
import { useField } from '../form/form-context.ts';
import { LabelledField, type FieldProps } from './labelled-field.tsx';

/** A whole number (a child's approximate age); an empty box clears it. */
export function NumberField(
  props: FieldProps & {
    min: number;
    max: number;
  },
) {
  const field = useField(props.path);
  return (
    <LabelledField labelling={props} field={field} width="number">
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
