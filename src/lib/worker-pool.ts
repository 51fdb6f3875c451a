import type { Worker } from 'node:worker_threads';
import { Gate } from './gate';
import { spawnWorker } from './worker-boot';

/**
 * Worker threads for CPU-heavy work that must not hold the event loop (the pattern of
 * src/import/sandbox.ts, made generic): at most `workers` jobs at once and `queued` waiting
 * (the Gate; past that BusyError), a wall-clock limit per job (the worker is terminated, not
 * asked to stop), a heap cap per worker, and idle workers retired and never keeping the process
 * alive. The entry module answers `{ id, ok: true, value }` or `{ id, ok: false, error }`.
 */
export interface WorkerPoolOptions {
  /** Absolute path of the entry module without extension (`.ts` under ts-jest, `.js` built). */
  readonly entry: string;
  readonly workers: number;
  readonly queued: number;
  readonly timeoutMs: number;
  readonly heapMb: number;
  /** For BusyError: what is busy, and the problem code. */
  readonly what: string;
  readonly busyCode: string;
  readonly idleMs?: number;
}

export type WorkerReply<T> =
  | { readonly id: number; readonly ok: true; readonly value: T }
  | { readonly id: number; readonly ok: false; readonly error: WorkerFailure };

/** A refusal thrown in the worker, as plain data (class instances do not survive cloning). */
export interface WorkerFailure {
  readonly name: string;
  readonly code: string;
  readonly message: string;
}

/** Why a job ended without an answer from its worker. */
export class WorkerPoolError extends Error {
  public override readonly name = 'WorkerPoolError';
  public constructor(
    public readonly reason: 'timeout' | 'out-of-memory' | 'crashed' | 'refused',
    message: string,
    /** For 'refused': what the worker threw. */
    public readonly failure?: WorkerFailure,
  ) {
    super(message);
  }
}

export class WorkerPool {
  private readonly gate: Gate;
  private readonly idle: { worker: Worker; timer: NodeJS.Timeout }[] = [];
  private nextId = 1;

  public constructor(private readonly options: WorkerPoolOptions) {
    this.gate = new Gate(options.workers, options.queued, options.what, options.busyCode);
  }

  /**
   * Runs one job; `transfer` lists buffers handed over (not copied) to the worker; `timeoutMs`
   * overrides the pool's limit for this job.
   */
  public run<T>(message: object, transfer: ArrayBuffer[] = [], timeoutMs?: number): Promise<T> {
    return this.gate.run(() => this.job<T>(message, transfer, timeoutMs ?? this.options.timeoutMs));
  }

  private job<T>(message: object, transfer: ArrayBuffer[], timeoutMs: number): Promise<T> {
    const waiting = this.idle.pop();
    if (waiting !== undefined) clearTimeout(waiting.timer);
    const worker = waiting?.worker ?? this.spawn();
    worker.ref();
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const done = (reuse: boolean): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (reuse) this.release(worker);
        else void worker.terminate();
      };
      const onMessage = (reply: WorkerReply<T>): void => {
        if (reply.id !== id) return;
        done(true);
        if (reply.ok) resolve(reply.value);
        else reject(new WorkerPoolError('refused', reply.error.message, reply.error));
      };
      const onError = (err: Error & { code?: string }): void => {
        done(false);
        reject(
          err.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new WorkerPoolError('out-of-memory', `needed more than ${this.options.heapMb} MB`)
            : new WorkerPoolError('crashed', err.message),
        );
      };
      const onExit = (): void => {
        done(false);
        reject(new WorkerPoolError('crashed', 'the worker stopped unexpectedly'));
      };
      const timer = setTimeout(() => {
        done(false);
        reject(new WorkerPoolError('timeout', `took longer than ${timeoutMs} ms`));
      }, timeoutMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ ...message, id }, transfer);
    });
  }

  /** Back to the idle list, unreferenced (an idle worker never keeps the process alive). */
  private release(worker: Worker): void {
    worker.unref();
    const timer = setTimeout(() => {
      const at = this.idle.findIndex((w) => w.worker === worker);
      if (at >= 0) this.idle.splice(at, 1);
      void worker.terminate();
    }, this.options.idleMs ?? 30_000);
    timer.unref();
    this.idle.push({ worker, timer });
  }

  private spawn(): Worker {
    return spawnWorker(this.options.entry, this.options.heapMb);
  }
}
