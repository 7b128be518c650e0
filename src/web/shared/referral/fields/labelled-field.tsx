import type { ReactElement } from 'react';
import { Field } from '@fluentui/react-components';
import { useFieldWidths } from './field-widths.ts';

/** What every single-input field shows around its input. */
export interface FieldLabelling {
  readonly label: string;
  readonly hint?: string;
  readonly required?: boolean;
}

type FieldWidth = keyof ReturnType<typeof useFieldWidths>;

/** Fluent's Field, its label tied to the input by id, the field's error under it, sized for the answer. */
export function LabelledField(
  props: FieldLabelling & {
    readonly id: string;
    readonly error: string | undefined;
    readonly width: FieldWidth;
    readonly children: ReactElement;
  },
) {
  const widths = useFieldWidths();
  return (
    <Field
      label={{ children: props.label, htmlFor: props.id }}
      hint={props.hint}
      required={props.required}
      validationMessage={props.error}
      className={widths[props.width]}
    >
      {props.children}
    </Field>
  );
}
