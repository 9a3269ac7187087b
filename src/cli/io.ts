/**
 * What a CLI command returns, and the outside world it may use.
 *
 * @module
 */
import type { StreamIo } from './ndjson/streamIo.js';

/** The result of a command: an exit code and text for stdout / stderr. */
export interface CommandResult {
  readonly code: number;
  readonly stdout?: string;
  readonly stderr?: string;
  /**
   * A command that streams (`evaluate --ndjson`): its arguments are checked, and this runs it
   * with the streaming outside world, resolving to the final exit code and stderr.
   */
  readonly stream?: (io: StreamIo) => Promise<CommandResult>;
}

/** The outside world a command may touch (injected, so commands stay testable). */
export interface Io {
  /** The package version. */
  readonly version: string;
  /**
   * Reads a case file, `-` meaning standard input, and returns its bytes: at most `maxBytes`
   * (throws a {@link UsageError} naming the path when it cannot be read, is not a regular file,
   * or is larger).
   */
  readonly readFile: (path: string, maxBytes: number) => Uint8Array;
  /** The current instant (only `calendar` without a year asks: the library never reads the clock). */
  readonly now: () => Date;
}

/** `--help` was asked for: the usage, exit code 0. */
export class HelpRequested extends Error {
  constructor() {
    super('help requested');
    this.name = 'HelpRequested';
  }
}

/** A mistake in the command line: exit code 2, one line on stderr. */
export class UsageError extends Error {
  /** @param message - what was wrong and what was expected */
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
