import { Input } from '@fluentui/react-components';
import type { Path } from '../form/form-paths.ts';
import { useField } from '../form/form-context.ts';
import { londonToday } from '../../format/dates.ts';
import { LabelledField } from './labelled-field.tsx';

/** A calendar date (the browser's date picker), never after today unless `allowFuture`. */
export function DateField(props: {
  path: Path;
  label: string;
  hint?: string;
  required?: boolean;
  allowFuture?: boolean;
}) {
  const field = useField(props.path);
  return (
    <LabelledField
      label={props.label}
      hint={props.hint}
      required={props.required}
      id={field.id}
      error={field.error}
      width="date"
    >
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
