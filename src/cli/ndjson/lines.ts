/**
 * The lines of an NDJSON input, read chunk by chunk in bounded memory: a line longer than the
 * limit is skipped to its end (never held whole) and reported, as is a line that is not UTF-8;
 * blank lines are skipped. A UTF-16 or UTF-32 input is refused at its first bytes.
 *
 * @module
 */
import { quote } from '../../_lib/text.js';
import { UsageError } from '../io.js';
import { describeBytes } from '../limits.js';

/** Why a line cannot be read: longer than the limit, or not UTF-8. */
export interface LineProblem {
  readonly code: 'line_too_long' | 'invalid_utf8';
  readonly message: string;
}

/** One non-blank line: its number (1-based), and its text or why it cannot be read. */
export type Line = { readonly line: number; readonly text: string } | { readonly line: number; readonly problem: LineProblem };

/** A line with the number of input bytes read up to its end (for the progress line). */
export interface ReadLine {
  readonly line: Line;
  readonly bytesRead: number;
}

const NEWLINE = 0x0a;
const BLANK = /^[ \t\r]*$/;

/** Refuses input that starts with a UTF-16 or UTF-32 byte-order mark, or looks like UTF-16. */
function checkEncoding(first: Uint8Array, name: string): void {
  const utf16 = (first[0] === 0xff && first[1] === 0xfe) || (first[0] === 0xfe && first[1] === 0xff) || (first.length >= 2 && (first[0] === 0) !== (first[1] === 0));
  if (utf16 || (first[0] === 0 && first[1] === 0)) {
    throw new UsageError(`${quote(name)} is not UTF-8 (it starts like UTF-16 or UTF-32); expected NDJSON in UTF-8, one case per line: convert it, e.g. iconv -f UTF-16 -t UTF-8`);
  }
}

/**
 * Splits `chunks` into lines (LF or CRLF), each at most `maxBytes` bytes.
 *
 * @param chunks - the input's bytes, in order
 * @param maxBytes - the longest line read
 * @param name - the input as the person named it, for messages
 * @returns the non-blank lines, in order
 * @throws {@link UsageError} when the input is UTF-16 or UTF-32
 */
export async function* readLines(chunks: AsyncIterable<Uint8Array>, maxBytes: number, name: string): AsyncGenerator<ReadLine> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let parts: Uint8Array[] = [];
  let length = 0;
  let tooLong = false;
  let line = 0;
  let bytesRead = 0;
  let first = true;

  const finish = (): Line | null => {
    line += 1;
    const held = parts;
    const size = length;
    parts = [];
    length = 0;
    if (tooLong) {
      tooLong = false;
      return { line, problem: { code: 'line_too_long', message: `line ${line} is ${describeBytes(size)} long, over the limit of ${describeBytes(maxBytes)}; expected one case per line (raise the limit with --max-input-bytes N)` } };
    }
    const bytes = held.length === 1 ? (held[0] as Uint8Array) : concat(held, size);
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      return { line, problem: { code: 'invalid_utf8', message: `line ${line} is not valid UTF-8; expected NDJSON in UTF-8` } };
    }
    if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return BLANK.test(text) ? null : { line, text };
  };

  for await (const chunk of chunks) {
    if (first && chunk.length > 0) {
      checkEncoding(chunk, name);
      first = false;
    }
    let start = 0;
    while (start < chunk.length) {
      const end = chunk.indexOf(NEWLINE, start);
      const stop = end === -1 ? chunk.length : end;
      const piece = chunk.subarray(start, stop);
      length += piece.length;
      if (length > maxBytes) {
        tooLong = true;
        parts = [];
      } else if (piece.length > 0) parts.push(piece);
      bytesRead += stop - start;
      if (end === -1) break;
      bytesRead += 1;
      start = end + 1;
      const done = finish();
      if (done !== null) yield { line: done, bytesRead };
    }
  }
  if (length > 0 || tooLong) {
    const done = finish();
    if (done !== null) yield { line: done, bytesRead };
  }
}

/** The `parts` as one array of `size` bytes. */
function concat(parts: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
