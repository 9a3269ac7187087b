/**
 * Command-line parsing with `node:util` `parseArgs`, turning its errors into {@link UsageError}.
 *
 * @module
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { HelpRequested, UsageError } from './io.js';

/**
 * Parses `args` with the given options. `--help` / `-h` anywhere asks for help; unknown
 * options, missing values and repeated single-valued options are usage errors that name the
 * options accepted.
 */
export function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: readonly string[], options: T) {
  if (args.includes('--help') || args.includes('-h')) throw new HelpRequested();
  const accepted = Object.keys(options)
    .map((name) => `--${name}`)
    .join(', ');
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const text = error instanceof Error ? error.message.replace(/\s+/g, ' ').trim() : String(error);
    const first = (text.split('. To specify')[0] ?? text).replace(/\.$/, '');
    throw new UsageError(`${first}; expected ${accepted === '' ? 'no options' : `only ${accepted}`} (see --help)`);
  }
  for (const [name, config] of Object.entries(options)) {
    if (config.multiple === true || config.type !== 'string') continue;
    const given = args.filter((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`)).length;
    if (given > 1) throw new UsageError(`--${name} given ${given} times; expected it once`);
  }
  return parsed;
}
