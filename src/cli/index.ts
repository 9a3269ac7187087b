/**
 * The `ismap-liu` command. The only part of the package that touches the outside world:
 * arguments, files, stdout, stderr and the exit code.
 *
 * @module cli
 */
import { readFileSync } from 'node:fs';
import pkg from '../../package.json' with { type: 'json' };
import { run } from './run.js';
import { UsageError, type Io } from './io.js';


const io: Io = {
  version: pkg.version,
  readFile: (path) => {
    try {
      return readFileSync(path, 'utf8');
    } catch (error) {
      const code = (error as { code?: string }).code ?? 'unreadable';
      throw new UsageError(`cannot read ${JSON.stringify(path)} (${code}); expected a readable JSON case file`);
    }
  },
};

const result = run(process.argv.slice(2), io);
if (result.stdout !== undefined) process.stdout.write(result.stdout);
if (result.stderr !== undefined) process.stderr.write(result.stderr);
process.exitCode = result.code;
