import { Input } from '@fluentui/react-components';
import { useField } from '../form/form-context.ts';
import { LabelledField, type FieldProps } from './labelled-field.tsx';

/** One line of text (name, email, phone, postcode, NHS number). */
export function TextField(
  props: FieldProps & {
    maxLength: number;
    type?: 'text' | 'email' | 'tel';
    autoComplete?: string;
    inputMode?: 'numeric' | 'text';
    width?: 'short' | 'medium' | 'full';
  },
) {
  const field = useField(props.path);
  return (
    <LabelledField labelling={props} field={field} width={props.width ?? 'medium'}>
      <Input
        id={field.id}
        type={props.type ?? 'text'}
        value={typeof field.value === 'string' ? field.value : ''}
        maxLength={props.maxLength}
        autoComplete={props.autoComplete ?? 'off'}
        inputMode={props.inputMode}
        onChange={(_e, data) => field.set(data.value)}
        onBlur={field.onBlur}
      />
    </LabelledField>
  );
}
