import { request as httpRequest } from 'node:http';

/**
 * Times GET /api/health on a listening server every 10 ms, one request at a time, from start()
 * until stop(): what a load balancer sees while the load specs throw their inputs at the service.
 */
export class HealthProbe {
  private readonly latencies: number[] = [];
  private running = false;
  private done: Promise<void> = Promise.resolve();

  /** `port` is read when probing, so a probe can be made before its server listens. */
  public constructor(private readonly port: () => number) {}

  public start(): void {
    this.running = true;
    this.done = (async () => {
      while (this.running) {
        this.latencies.push(await this.once());
        await new Promise((r) => setTimeout(r, 10));
      }
    })();
  }

  /** Stops probing; the latencies measured (ms), fastest first. */
  public async stop(): Promise<number[]> {
    this.running = false;
    await this.done;
    return [...this.latencies].sort((a, b) => a - b);
  }

  private once(): Promise<number> {
    return new Promise((resolve, reject) => {
      const start = process.hrtime.bigint();
      const req = httpRequest(
        { port: this.port(), host: '127.0.0.1', path: '/api/health' },
        (res) => {
          res.resume();
          res.on('end', () => resolve(Number(process.hrtime.bigint() - start) / 1e6));
        },
      );
      req.on('error', reject);
      req.end();
    });
  }
}
