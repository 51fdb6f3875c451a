import { Gate, BusyError } from './gate';

describe('Gate', () => {
  const deferred = () => {
    let resolve!: () => void;
    const promise = new Promise<void>((r) => (resolve = r));
    return { promise, resolve };
  };

  it('runs at most `running` at once, queues `queued`, refuses the rest, and drains in order', async () => {
    const gate = new Gate(2, 3, 'PDF rendering', 'pdf-busy');
    const started: number[] = [];
    const blockers = Array.from({ length: 5 }, deferred);
    const runs = blockers.map((b, i) =>
      gate.run(async () => {
        started.push(i);
        await b.promise;
        return i;
      }),
    );
    await expect(gate.run(() => Promise.resolve(99))).rejects.toMatchObject({
      name: 'BusyError',
      code: 'pdf-busy',
      message: 'PDF rendering is busy (2 running, 3 waiting); retry shortly',
    });
    await expect(gate.run(() => Promise.resolve(99))).rejects.toBeInstanceOf(BusyError);
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect(gate.load).toEqual({ running: 2, waiting: 3 });
    blockers[1]!.resolve();
    await runs[1];
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual([0, 1, 2]);
    // A newcomer arriving while a slot is handed over still waits its turn (queue not full now).
    const late = gate.run(() => Promise.resolve(100));
    expect(gate.load).toEqual({ running: 2, waiting: 3 });
    for (const b of blockers) b.resolve();
    expect(await Promise.all([...runs, late])).toEqual([0, 1, 2, 3, 4, 100]);
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it('frees the slot when a task fails', async () => {
    const gate = new Gate(1, 0, 'x', 'x-busy');
    await expect(gate.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await gate.run(() => Promise.resolve('ok'))).toBe('ok');
  });
});
