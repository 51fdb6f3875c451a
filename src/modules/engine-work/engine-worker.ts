import { parentPort } from 'node:worker_threads';
import { EngineError, curatedComparison, segment } from '../../engine';
import type { WorkerReply } from '../../lib/worker-pool';
import type { EngineJob, OffloadedComparison } from './engine-work';

/**
 * The worker side of engine-work.ts: runs one engine call per message and answers with plain
 * data. An EngineError travels back as its code and message; anything else is reported as a
 * crash of this job, never of the service.
 */
parentPort?.on('message', (job: EngineJob) => {
  const { reply, transfer } = run(job);
  parentPort?.postMessage(reply, transfer);
});

function run(job: EngineJob): { reply: WorkerReply<unknown>; transfer: ArrayBuffer[] } {
  try {
    if (job.op === 'segment') {
      return { reply: { id: job.id, ok: true, value: segment(job.text) }, transfer: [] };
    }
    const { comparison, overrides } = curatedComparison(job.a, job.b, job.links);
    // Serialised here too: JSON.stringify of a large comparison is itself seconds of CPU.
    const json = new TextEncoder().encode(JSON.stringify(comparison));
    const value: OffloadedComparison = { comparison, overrides, json };
    return { reply: { id: job.id, ok: true, value }, transfer: [json.buffer] };
  } catch (err) {
    const error =
      err instanceof EngineError
        ? { name: err.name, code: err.code, message: err.message }
        : { name: 'Error', code: 'engine-failed', message: String(err) };
    return { reply: { id: job.id, ok: false, error }, transfer: [] };
  }
}
