import { createContext, useContext } from 'react';
import type { ReferralDraft } from '../../../../domain/referral/draft/referral-draft-schema.ts';
import { fieldId, getIn, pathKey, type Path } from './form-paths.ts';

export interface FormContextValue {
  readonly form: ReferralDraft;
  readonly set: (path: Path, value: unknown) => void;
  /** The message to show at a field now (draft, service or ready-check error), if any. */
  readonly errorAt: (key: string) => string | undefined;
  /** The person left a field with something in it: its format errors may show from now on. */
  readonly touch: (key: string) => void;
}

export const FormContext = createContext<FormContextValue | undefined>(undefined);

export function useFormContext(): FormContextValue {
  const context = useContext(FormContext);
  if (!context) throw new Error('field outside a FormContext');
  return context;
}

/** Everything one field needs: its id, value, error, and how to change it. */
export function useField(path: Path) {
  const context = useFormContext();
  const key = pathKey(path);
  const value = getIn(context.form, path);
  return {
    id: fieldId(key),
    key,
    value,
    error: context.errorAt(key),
    set: (next: unknown) => context.set(path, next),
    onBlur: () => {
      if (value !== undefined && value !== '') context.touch(key);
    },
  };
}
