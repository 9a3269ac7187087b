import { quote } from '../../_lib/text.js';
import { parse } from '../args.js';
import { checkFiles } from '../check/checkFiles.js';
import { collectFixtures } from '../check/collect.js';
import { formatJunit } from '../check/format/junit.js';
import { countResults } from '../check/format/summary.js';
import { formatTap } from '../check/format/tap.js';
import { formatText } from '../check/format/text.js';
import { UsageError, type CommandResult, type Io } from '../io.js';
import { MAX_LISTED_PROBLEMS } from '../limits.js';
import { errorLine } from '../output.js';
import { maxInputBytes } from './evaluate.js';

const FORMATS = { text: formatText, tap: formatTap, junit: formatJunit } as const;

/**
 * `ismap-liu check <files or folders>… [--format text|tap|junit] [--max-input-bytes N]`: runs the
 * conformance fixtures (docs/guides/conformance.md) of the files named and of every
 * `*.fixture.json` under the folders named, and reports each expectation. Exit code 0 when every
 * expectation holds, 1 when one fails, 2 when a fixture or a case cannot be used (every such
 * problem listed on stderr, nothing on stdout) or the command line is wrong.
 */
export function checkCommand(args: readonly string[], io: Io): CommandResult {
  const { values, positionals } = parse(args, { format: { type: 'string' }, 'max-input-bytes': { type: 'string' } });
  const format = values.format ?? 'text';
  if (!Object.prototype.hasOwnProperty.call(FORMATS, format)) throw new UsageError(`invalid --format ${quote(format)}; expected text, tap or junit`);
  if (positionals.length === 0) throw new UsageError('missing <files or folders>; expected fixture files or folders of *.fixture.json files (see docs/guides/conformance.md)');
  if (positionals.includes('-')) throw new UsageError('check reads fixture files and folders, not standard input; expected paths of fixture files or folders');
  const limit = maxInputBytes(values['max-input-bytes']);
  const collected = collectFixtures(positionals);
  const run = checkFiles(collected.files, io, limit);
  const problems = [...collected.problems.map((p) => errorLine(p)), ...run.problems];
  if (problems.length > 0) {
    const shown = problems.slice(0, MAX_LISTED_PROBLEMS);
    const rest = problems.length - shown.length;
    const more = rest > 0 ? errorLine(`… and ${rest} more file${rest === 1 ? '' : 's'} with problems (${problems.length} in all)`) : '';
    const end = errorLine(`${problems.length === 1 ? 'a file or folder' : `${problems.length} files or folders`} could not be used, so no fixture was reported`);
    return { code: 2, stderr: `${shown.join('')}${more}${end}` };
  }
  const stdout = FORMATS[format as keyof typeof FORMATS](run.results);
  return { code: countResults(run.results).failed === 0 ? 0 : 1, stdout };
}
