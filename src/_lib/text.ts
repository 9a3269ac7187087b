/**
 * Text that is safe to show a person: bounded in length and free of characters a terminal
 * would act on (escape sequences, C1 controls, DEL, bidirectional overrides). Used by every
 * human-readable output and every error message of the library and the CLI.
 *
 * @internal
 * @module
 */

/** The longest value (in UTF-16 code units) quoted whole in a message; longer ones are cut. */
export const MAX_QUOTED_LENGTH = 80;

/**
 * Characters a terminal or a text viewer may act on instead of showing: C0 controls
 * (U+0000–U+001F), DEL (U+007F), C1 controls (U+0080–U+009F), the line and paragraph
 * separators, bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069),
 * and lone surrogates.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_KEEP_LINES = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const escapeOne = (char: string): string => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * `text` with every unsafe character written as a visible `\uXXXX` escape, e.g. ESC becomes the
 * six characters `\u001b`. With `keepLines`, line feeds are kept (multi-line reports and messages); a tab is escaped like
 * any other control character.
 *
 * @param text - any string
 * @param keepLines - keep `\n` as it is
 * @returns the printable text
 */
export function printable(text: string, keepLines = false): string {
  return text.replace(keepLines ? UNSAFE_KEEP_LINES : UNSAFE, escapeOne);
}

/**
 * `text` cut to at most `max` code units (not splitting a surrogate pair), with `…` and the
 * full length appended when it was cut.
 *
 * @param text - any string
 * @param max - the longest text kept whole
 * @returns the text, or its start, an ellipsis and its length
 */
export function truncate(text: string, max = MAX_QUOTED_LENGTH): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}… (${text.length} characters)`;
}

/**
 * A string value quoted for a message: cut to {@link MAX_QUOTED_LENGTH}, JSON-quoted, unsafe
 * characters escaped.
 *
 * @param text - the value to quote
 * @returns e.g. `"2024-02-30"` or `"xxxx… (10000000 characters)"`
 */
export function quote(text: string): string {
  return printable(JSON.stringify(truncate(text)));
}
