import { fieldId } from '../referral/form/form-paths.ts';

const focusable = 'input:not([type="hidden"]), select, textarea, button, [tabindex]';

/**
 * Moves focus to the field a message is about. A path without its own element (a list entry, a group) falls
 * back to its nearest parent that has one; a group gets focus on its first control.
 */
export function focusField(key: string, doc: Document = document): boolean {
  const parts = key.split('.');
  for (let length = parts.length; length > 0; length--) {
    const element = doc.getElementById(fieldId(parts.slice(0, length).join('.')));
    if (!element) continue;
    const target = element.matches(focusable)
      ? element
      : (element.querySelector<HTMLElement>(focusable) ?? element);
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
    return true;
  }
  return false;
}
