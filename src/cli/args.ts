/**
 * Command-line parsing with `node:util` `parseArgs`, turning its errors into {@link UsageError}.
 *
 * @module
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io.js';

/** Parses `args` with the given options; unknown options and missing values are usage errors. */
export function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const text = error instanceof Error ? error.message.replace(/\s+/g, ' ').trim() : String(error);
    throw new UsageError(`${text.split('. To specify')[0] ?? text}; see --help`);
  }
}
