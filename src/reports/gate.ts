/** Thrown when the renderer is at capacity and its queue is full: the client should retry. */
export class RendererBusyError extends Error {
  public override readonly name = 'RendererBusyError';
}

/**
 * At most `running` tasks at once and `queued` waiting; the next caller is refused at once
 * instead of piling up. A PDF takes one Chromium page and seconds to tens of seconds of CPU
 * (29 s for 3,000 clauses), so an unbounded number of them is a denial of service.
 */
export class Gate {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  public constructor(
    private readonly running: number,
    private readonly queued: number,
    private readonly what = 'the renderer',
  ) {}

  public async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active < this.running) {
      this.active++;
    } else {
      if (this.waiting.length >= this.queued) {
        throw new RendererBusyError(
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
