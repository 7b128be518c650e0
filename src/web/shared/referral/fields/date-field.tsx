import { Input } from '@fluentui/react-components';
import { useField } from '../form/form-context.ts';
import { londonToday } from '../../format/dates.ts';
import { LabelledField, type FieldProps } from './labelled-field.tsx';

/** A calendar date (the browser's date picker), never after today unless `allowFuture`. */
export function DateField(
  props: FieldProps & {
    allowFuture?: boolean;
  },
) {
  const field = useField(props.path);
  return (
    <LabelledField labelling={props} field={field} width="date">
      <Input
        id={field.id}
        type="date"
        value={typeof field.value === 'string' ? field.value : ''}
        max={props.allowFuture ? undefined : londonToday()}
        onChange={(_e, data) => field.set(data.value)}
        onBlur={field.onBlur}
      />
    </LabelledField>
  );
}
