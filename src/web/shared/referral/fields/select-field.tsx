import { Select } from '@fluentui/react-components';
import { useField } from '../form/form-context.ts';
import type { Choice } from './choice-field.tsx';
import { LabelledField, type FieldProps } from './labelled-field.tsx';

/** One answer from a long list (agency, ethnicity); the empty first option means "not given". */
export function SelectField(
  props: FieldProps & {
    choices: readonly Choice<string>[];
    emptyLabel: string;
  },
) {
  const field = useField(props.path);
  return (
    <LabelledField labelling={props} field={field} width="medium">
      <Select
        id={field.id}
        value={typeof field.value === 'string' ? field.value : ''}
        onChange={(_e, data) => field.set(data.value === '' ? undefined : data.value)}
      >
        <option value="">{props.emptyLabel}</option>
        {props.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </Select>
    </LabelledField>
  );
}
