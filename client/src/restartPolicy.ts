// What to do when the checking service dies: restart it, and tell the writer once. A crash right after
// another one restarts quietly (a second message would say nothing new); too many in a short time and the
// service stays down until the writer restarts it. No vscode import: unit-tested on its own.

/** More crashes than this within the window and the server stays down until the writer restarts it. */
export const MAX_RESTARTS = 4;
export const RESTART_WINDOW_MS = 3 * 60 * 1000;

export type CrashDecision =
  /** Restart and show the one message. */
  | { action: 'restart'; tell: true }
  /** Restart; the writer was told about the crash before this one, minutes ago at most. */
  | { action: 'restart'; tell: false }
  /** Leave it down, and say so. */
  | { action: 'give-up'; tell: true; crashes: number };

export class RestartPolicy {
  private crashes: number[] = [];

  constructor(
    private readonly maxRestarts = MAX_RESTARTS,
    private readonly windowMs = RESTART_WINDOW_MS,
  ) {}

  crashed(now: number): CrashDecision {
    this.crashes = this.crashes.filter((t) => t >= now - this.windowMs);
    this.crashes.push(now);
    if (this.crashes.length > this.maxRestarts) {
      const crashes = this.crashes.length;
      this.crashes = [];
      return { action: 'give-up', tell: true, crashes };
    }
    return { action: 'restart', tell: this.crashes.length === 1 };
  }

  /** The writer restarted the service: earlier crashes no longer count against it. */
  reset(): void {
    this.crashes = [];
  }
}
