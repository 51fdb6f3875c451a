import { parentPort } from 'node:worker_threads';
import { EngineError } from '../engine';
import { ImportError } from './errors';
import { importDocument, importText } from './index';
import type { WorkerReply } from '../lib/worker-pool';
import type { SandboxJob } from './sandbox';

/**
 * The worker side of sandbox.ts: reads one upload per message with the ordinary importers and
 * answers with plain data (structured clone) or a typed refusal. Anything unexpected is still
 * a refusal of that file, never a crash of the service.
 */
parentPort?.on('message', (job: SandboxJob) => {
  void run(job).then((reply) => parentPort?.postMessage(reply));
});

async function run(job: SandboxJob): Promise<WorkerReply<unknown>> {
  try {
    const options = {
      maxBytes: job.maxBytes,
      ...(job.revisions !== undefined ? { revisions: job.revisions } : {}),
    };
    const value =
      job.op === 'document'
        ? await importDocument(job.bytes, job.filename, options)
        : await importText(job.bytes, job.filename, options);
    return { id: job.id, ok: true, value };
  } catch (err) {
    if (err instanceof ImportError || err instanceof EngineError) {
      return {
        id: job.id,
        ok: false,
        error: { name: err.name, code: err.code, message: err.message },
      };
    }
    const overflow = err instanceof RangeError && /call stack/u.test(err.message);
    const error = {
      name: 'ImportError',
      code: overflow ? 'too-deep' : 'corrupt',
      message: overflow
        ? 'the file is nested too deeply to read'
        : `the file could not be read (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`,
    };
    return { id: job.id, ok: false, error };
  }
}
