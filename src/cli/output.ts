/**
 * What the command line prints, made safe for a terminal: every line bounded, every control
 * character shown as a visible `\uXXXX` escape, and JSON that a terminal cannot act on.
 *
 * @module
 */
import { printable, truncate } from '../_lib/text.js';
import { MAX_MESSAGE_LENGTH } from './limits.js';

/**
 * One line for stderr: `ismap-liu: ` and `message`, with line breaks (and the bullets of a
 * multi-line library message) folded into spaces, cut to {@link MAX_MESSAGE_LENGTH} and
 * escaped with `printable`, ending with a newline.
 *
 * @param message - what to say (from any source: it is made safe here)
 * @returns the line
 * @example
 * ```ts
 * errorLine('bad "\u001b[31m"'); //=> 'ismap-liu: bad "\\u001b[31m"\n'
 * ```
 */
export function errorLine(message: string): string {
  const folded = truncate(message, MAX_MESSAGE_LENGTH).replace(/\s*\n[-\s]*/g, ' ');
  return `ismap-liu: ${printable(folded)}\n`;
}

/** Characters JSON.stringify leaves raw that a terminal may act on (C0 are escaped by it already). */
const JSON_UNSAFE = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * `value` as indented JSON for stdout, with DEL, the C1 controls, U+2028/U+2029 and the
 * bidirectional controls written as `\uXXXX` escapes as well (JSON.stringify already escapes
 * C0 controls and lone surrogates). Those characters can only occur inside JSON strings, so
 * the text is still valid JSON and parses to the same value.
 *
 * @param value - a JSON-serializable value
 * @returns the JSON text, ending with a newline
 * @example
 * ```ts
 * jsonText({ name: 'A\u009bB' }); //=> '{\n  "name": "A\\u009bB"\n}\n'
 * ```
 */
export function jsonText(value: unknown): string {
  const text = JSON.stringify(value, null, 2).replace(JSON_UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${text}\n`;
}

/**
 * `value` as one line of NDJSON: `JSON.stringify` without indentation, with the same escapes as
 * {@link jsonText}, ending with a newline.
 *
 * @param value - a JSON-serializable value
 * @returns the line
 * @example
 * ```ts
 * jsonLine({ name: 'A\u2028B' }); //=> '{"name":"A\\u2028B"}\n'
 * ```
 */
export function jsonLine(value: unknown): string {
  return `${JSON.stringify(value).replace(JSON_UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
