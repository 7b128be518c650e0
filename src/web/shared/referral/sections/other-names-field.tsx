import { useState } from 'react';
import { Field, Input } from '@fluentui/react-components';
import { listLimits, textLimits } from '../../../../domain/referral/limits.ts';
import type { Path } from '../form/form-paths.ts';
import { useField } from '../form/form-context.ts';
import { useFieldWidths } from '../fields/field-widths.ts';

const split = (text: string) => text.split(',').map((name) => name.trim());

/** Other names a child is known by, typed in one box separated by commas; kept as a list. */
export function OtherNamesField({ path, label }: { path: Path; label: string }) {
  const field = useField(path);
  const widths = useFieldWidths();
  const names = Array.isArray(field.value) ? (field.value as string[]) : [];
  // The box keeps exactly what is typed (a trailing comma included); the list is derived from it.
  const [text, setText] = useState(names.join(', '));
  return (
    <Field
      label={{ children: label, htmlFor: field.id }}
      hint={`Separate names with commas. Up to ${String(listLimits.otherNames)} names.`}
      validationMessage={field.error}
      className={widths.full}
    >
      <Input
        id={field.id}
        value={text}
        maxLength={(textLimits.name + 2) * listLimits.otherNames}
        onChange={(_e, data) => {
          setText(data.value);
          const list = split(data.value).filter(Boolean).slice(0, listLimits.otherNames);
          field.set(list.length > 0 ? list : undefined);
        }}
      />
    </Field>
  );
}
