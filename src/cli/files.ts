/**
 * Reading a case file from the file system or standard input, safely: only a regular file (or
 * `-`, standard input) is read; its size is checked before it is opened; it is opened without
 * blocking (a FIFO swapped in after the check cannot hang the command) and checked again; and
 * never more than the limit and one byte are read, even from a file that grows meanwhile.
 *
 * @module
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { quote } from '../_lib/text.js';
import { UsageError } from './io.js';
import { describeBytes } from './limits.js';

/** How the command names standard input in messages. */
export const STDIN_NAME = '<stdin>';

/** What a non-regular file is, in words. */
function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * The one-line refusal of an input over the limit.
 *
 * @param name - the path (or {@link STDIN_NAME})
 * @param size - its size in bytes, or `null` when only "more than the limit" is known
 * @param limit - the limit in bytes
 * @returns the error to throw
 * @example
 * ```ts
 * tooLarge('big.json', 52428800, 16777216).message;
 * //=> '"big.json" is 52428800 bytes (50 MiB), over the limit of 16777216 bytes (16 MiB); expected a smaller case file, or raise the limit with --max-input-bytes N'
 * ```
 */
export function tooLarge(name: string, size: number | null, limit: number): UsageError {
  const is = size === null ? `is more than ${describeBytes(limit)}` : `is ${describeBytes(size)}`;
  return new UsageError(`${quote(name)} ${is}, over the limit of ${describeBytes(limit)}; expected a smaller case file, or raise the limit with --max-input-bytes N`);
}

/** The refusal of a path that cannot be read (it does not exist, no permission …). */
export function cannotRead(name: string, error: unknown): UsageError {
  const code = (error as { code?: unknown } | null)?.code;
  return new UsageError(`cannot read ${quote(name)} (${typeof code === 'string' ? code : 'unreadable'}); expected a readable JSON case file`);
}

/** The refusal of a path that is not a regular file. */
export function notRegular(name: string, stats: Stats): UsageError {
  return new UsageError(`${quote(name)} is ${kindOf(stats)}, not a regular file; expected a JSON case file (or - for standard input)`);
}

/** Waits `ms` milliseconds without spinning (standard input that is non-blocking and empty for now). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Reads `fd` to its end, but never more than `limit + 1` bytes; `expected` sizes the first buffer. */
function readCapped(fd: number, name: string, limit: number, expected: number): Uint8Array {
  let buffer = Buffer.allocUnsafe(Math.min(Math.max(expected, 0), limit) + 1);
  let total = 0;
  for (;;) {
    if (total === buffer.length) {
      if (total > limit) break;
      const grown = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(buffer.length * 2, 65_536)));
      buffer.copy(grown, 0, 0, total);
      buffer = grown;
    }
    let n: number;
    try {
      n = readSync(fd, buffer, total, buffer.length - total, null);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === 'EAGAIN') {
        pause(10);
        continue;
      }
      if (code === 'EOF') break;
      throw cannotRead(name, error);
    }
    if (n === 0) break;
    total += n;
  }
  if (total > limit) throw tooLarge(name, null, limit);
  return buffer.subarray(0, total);
}

/**
 * Reads a case file: `path`, or standard input for `-`, at most `limit` bytes.
 *
 * @param path - the path as given on the command line, or `-`
 * @param limit - the most bytes accepted
 * @returns the bytes
 * @throws {@link UsageError} (exit 2, one line) when the path cannot be read, is not a regular
 *   file (a directory, a FIFO, a device …) or is larger than `limit`
 * @example
 * ```ts
 * readCaseFile('examples/kintai-cloud-registration.json', 16 * 1024 * 1024).length > 0; //=> true
 * ```
 */
export function readCaseFile(path: string, limit: number): Uint8Array {
  if (path === '-') {
    let expected = 65_536;
    try {
      const stats = fstatSync(0);
      if (stats.isFile()) {
        if (stats.size > limit) throw tooLarge(STDIN_NAME, stats.size, limit);
        expected = stats.size;
      }
    } catch (error) {
      if (error instanceof UsageError) throw error;
    }
    return readCapped(0, STDIN_NAME, limit, expected);
  }
  const { fd, size } = openRegularFile(path, limit);
  try {
    return readCapped(fd, path, limit, size);
  } finally {
    closeSync(fd);
  }
}

/**
 * Opens `path` for reading when it is a regular file (checked with stat before opening, so a FIFO
 * never blocks, and again on the open descriptor), not larger than `limit` when one is given.
 * The caller closes the descriptor; on a refusal it is already closed.
 */
export function openRegularFile(path: string, limit?: number): { readonly fd: number; readonly size: number } {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    throw cannotRead(path, error);
  }
  if (!stats.isFile()) throw notRegular(path, stats);
  if (limit !== undefined && stats.size > limit) throw tooLarge(path, stats.size, limit);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
  } catch (error) {
    throw cannotRead(path, error);
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) throw notRegular(path, opened);
    if (limit !== undefined && opened.size > limit) throw tooLarge(path, opened.size, limit);
    return { fd, size: opened.size };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}
