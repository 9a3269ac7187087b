/**
 * What a CLI command returns, and the outside world it may use.
 *
 * @module
 */

/** The result of a command: an exit code and text for stdout / stderr. */
export interface CommandResult {
  readonly code: number;
  readonly stdout?: string;
  readonly stderr?: string;
}

/** The outside world a command may touch (injected, so commands stay testable). */
export interface Io {
  /** The package version. */
  readonly version: string;
  /** Reads a text file (throws a {@link UsageError} naming the path when it cannot). */
  readonly readFile: (path: string) => string;
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
