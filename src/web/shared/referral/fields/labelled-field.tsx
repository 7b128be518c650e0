import type { ReactElement } from 'react';
import { Field } from '@fluentui/react-components';
import type { Path } from '../form/form-paths.ts';
import { useFieldWidths } from './field-widths.ts';

/** What every single-input field shows around its input. */
export interface FieldLabelling {
  readonly label: string;
  readonly hint?: string;
  readonly required?: boolean;
}

/** The props every single-input field starts from: where its value is in the form, and its words. */
export interface FieldProps extends FieldLabelling {
  readonly path: Path;
}

type FieldWidth = keyof ReturnType<typeof useFieldWidths>;

/** Fluent's Field, its label tied to the input by id, the field's error under it, sized for the answer. */
export function LabelledField(props: {
  readonly labelling: FieldLabelling;
  readonly field: { readonly id: string; readonly error: string | undefined };
  readonly width: FieldWidth;
  readonly children: ReactElement;
}) {
  const widths = useFieldWidths();
  return (
    <Field
      label={{ children: props.labelling.label, htmlFor: props.field.id }}
      hint={props.labelling.hint}
      required={props.labelling.required}
      validationMessage={props.field.error}
      className={widths[props.width]}
    >
      {props.children}
    </Field>
  );
}
