/**
 * Free text is stored as plain text exactly as typed (after trimming). Markdown or HTML stays literal text:
 * escaping is the job of each output (card, email, PDF), never of storage.
 */

export const forbiddenCharactersMessage =
  'Remove the hidden control characters from this text (they are often pasted in from another document)';

const tab = 0x09;
const lineFeed = 0x0a;
const carriageReturn = 0x0d;

const isControl = (code: number): boolean =>
  (code < 0x20 && code !== tab && code !== lineFeed && code !== carriageReturn) ||
  (code >= 0x7f && code <= 0x9f);

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/**
 * True when the text holds a control character other than tab or a line break, or a broken (lone surrogate)
 * character. Carriage returns are allowed because Windows line endings are normalised, not refused.
 */
export function hasForbiddenCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (isControl(code)) return true;
    if (isHighSurrogate(code)) {
      if (!isLowSurrogate(text.charCodeAt(i + 1))) return true;
      i += 1;
    } else if (isLowSurrogate(code)) {
      return true;
    }
  }
  return false;
}

/** Line endings become `\n` and the text is trimmed. */
export const normaliseFreeText = (text: string): string => text.replace(/\r\n?/g, '\n').trim();

const markupPatterns: readonly RegExp[] = [
  /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/i, // HTML element
  /<!--/, // HTML comment
  /&(?:[a-z][a-z0-9]*|#\d+|#x[0-9a-f]+);/i, // HTML entity
  /!?\[[^\]\n]*\]\([^)\n]*\)/, // Markdown link or image
  /(\*\*|__)\S(?:.*?\S)?\1/, // Markdown bold
  /^#{1,6}\s/m, // Markdown heading
  /```|`[^`\n]+`/, // Markdown code
];

/** True when the text looks like HTML or Markdown, so the UI can say it will be kept as plain text. */
export const containsMarkup = (text: string): boolean => markupPatterns.some((pattern) => pattern.test(text));
