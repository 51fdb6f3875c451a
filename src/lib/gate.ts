/**
 * Thrown when a gated resource is at capacity and its queue is full: the client should retry
 * (503 problem+json with `code`, e.g. `pdf-busy`).
 */
export class BusyError extends Error {
  public override readonly name = 'BusyError';
  public constructor(
    public readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * At most `running` tasks at once and `queued` waiting; the next caller is refused at once
 * instead of piling up. For work that is heavy per call (a PDF report holds a Chromium page for
 * up to tens of seconds; a PDF import a worker thread with its own heap), an unbounded number
 * of them is a denial of service.
 */
export class Gate {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  public constructor(
    private readonly running: number,
    private readonly queued: number,
    private readonly what: string,
    private readonly code: string,
  ) {}

  public async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active < this.running) {
      this.active++;
    } else {
      if (this.waiting.length >= this.queued) {
        throw new BusyError(
          this.code,
          `${this.what} is busy (${this.running} running, ${this.queued} waiting); retry shortly`,
        );
      }
      // The finishing task hands its slot over directly, so a newcomer cannot take it first.
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next !== undefined) next();
      else this.active--;
    }
  }

  /** Tasks running and waiting now. */
  public get load(): { running: number; waiting: number } {
    return { running: this.active, waiting: this.waiting.length };
  }
}
