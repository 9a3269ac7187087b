/**
 * Reading a JSON file for `check` with the CLI's own reader: through `io` (regular files only,
 * within the size limit), decoded as `evaluate` decodes a case file, then parsed.
 *
 * @module
 */
import { quote } from '../../_lib/text.js';
import { decodeCaseText } from '../decode.js';
import { tooLarge } from '../files.js';
import { UsageError, type Io } from '../io.js';

/**
 * The parsed JSON of `path`.
 *
 * @param io - the CLI's access to files
 * @param path - the file
 * @param limit - the most bytes read
 * @param what - what the file should be, for the message of a file that is not JSON
 * @returns the parsed value
 * @throws {@link UsageError} (one line naming the file) when it cannot be read, is too large, is
 *   not UTF-8 or UTF-16 with a byte-order mark, or is not JSON
 */
export function readJson(io: Io, path: string, limit: number, what: string): unknown {
  const bytes = io.readFile(path, limit);
  if (bytes.length > limit) throw tooLarge(path, null, limit);
  const text = decodeCaseText(bytes, path);
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${quote(path)} is not valid JSON (${reason}); expected ${what}`);
  }
}
