/**
 * The limits of the command line: how much it reads, and how much it prints about a bad file.
 * Documented in `--help` and docs/cli-limits.md.
 *
 * @module
 */

/** The largest case file `evaluate` reads by default: 16 MiB (`--max-input-bytes` raises it). */
export const DEFAULT_MAX_INPUT_BYTES = 16 * 1024 * 1024;

/**
 * The largest value `--max-input-bytes` accepts: 256 MiB. Beyond it the text would come close
 * to the longest string the JavaScript engine can hold.
 */
export const MAX_INPUT_BYTES_CEILING = 256 * 1024 * 1024;

/** How many problems of a bad case file are listed before `… and K more problems`. */
export const MAX_LISTED_PROBLEMS = 20;

/** The longest text (in UTF-16 code units, before escaping) of one line on stderr; longer is cut. */
export const MAX_MESSAGE_LENGTH = 400;

/**
 * A byte count for a person: the number, and its size in KiB, MiB or GiB when it is at least
 * 1 KiB.
 *
 * @param bytes - a number of bytes
 * @returns e.g. `16777216 bytes (16 MiB)`
 * @example
 * ```ts
 * describeBytes(16 * 1024 * 1024); //=> '16777216 bytes (16 MiB)'
 * describeBytes(12); //=> '12 bytes'
 * ```
 */
export function describeBytes(bytes: number): string {
  const units = ['KiB', 'MiB', 'GiB'] as const;
  let size = bytes;
  let unit = '';
  for (const u of units) {
    if (size < 1024) break;
    size /= 1024;
    unit = u;
  }
  if (unit === '') return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  const shown = Number.isInteger(size) ? String(size) : size.toFixed(1);
  return `${bytes} bytes (${shown} ${unit})`;
}
