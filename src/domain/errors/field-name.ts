/** How a field name that came from the caller may be echoed in an error. */
const identifier = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/**
 * An unknown field is named back only when it looks like a field name; anything else (free text typed
 * as a key, which could be a child's name) is reported without repeating it.
 */
export const echoableFieldName = (key: string): string => (identifier.test(key) ? key : '(unknown field)');
