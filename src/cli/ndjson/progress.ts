/**
 * The progress line of `evaluate --ndjson` on a terminal's stderr: cases done, cases per second,
 * and, when the input's size is known, the share read and the time left. Redrawn in place at
 * most every `everyMs` milliseconds, erased at the end.
 *
 * @module
 */

/** What the progress line shows. */
export interface ProgressState {
  /** Cases written so far. */
  readonly cases: number;
  /** Milliseconds since the run started. */
  readonly elapsedMs: number;
  /** Input bytes read so far. */
  readonly bytesRead: number;
  /** The input's size, when known (a regular file). */
  readonly totalBytes: number | null;
}

const count = (n: number): string => Math.round(n).toLocaleString('en-US');

/** `seconds` as `m:ss` or `h:mm:ss`. */
export function clockText(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * The text of the progress line, e.g. `12,345 cases · 1,234 cases/s · 45% · ETA 0:42`.
 *
 * @param state - the counts
 * @returns the line, without control characters
 */
export function progressText(state: ProgressState): string {
  const seconds = state.elapsedMs / 1000;
  const parts = [`${count(state.cases)} case${state.cases === 1 ? '' : 's'}`];
  if (seconds > 0) parts.push(`${count(state.cases / seconds)} cases/s`);
  const total = state.totalBytes;
  if (total !== null && total > 0) {
    const share = Math.min(1, state.bytesRead / total);
    parts.push(`${Math.floor(share * 100)}%`);
    if (share > 0 && seconds > 0) parts.push(`ETA ${clockText((seconds / share) * (1 - share))}`);
  }
  return parts.join(' · ');
}

/** Draws the progress line through `write`, throttled by `clock`. */
export class Progress {
  private last: number;
  private drawn = false;
  private readonly started: number;

  /**
   * @param write - writes to the terminal (stderr)
   * @param clock - a monotonic clock in milliseconds
   * @param totalBytes - the input's size, when known
   * @param everyMs - the least time between two redraws
   */
  constructor(
    private readonly write: (text: string) => void,
    private readonly clock: () => number,
    private readonly totalBytes: number | null,
    private readonly everyMs = 250,
  ) {
    this.started = clock();
    this.last = this.started;
  }

  /** Redraws the line if `everyMs` has passed since the start or the last redraw. */
  update(cases: number, bytesRead: number): void {
    const now = this.clock();
    if (now - this.last < this.everyMs) return;
    this.last = now;
    this.drawn = true;
    this.write(`\r${progressText({ cases, elapsedMs: now - this.started, bytesRead, totalBytes: this.totalBytes })}\u001b[K`);
  }

  /** Erases the line, if it was drawn. */
  clear(): void {
    if (this.drawn) this.write('\r\u001b[K');
    this.drawn = false;
  }
}
