import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * Starts a worker thread on `entry` (a path without extension) with a heap cap. Built code
 * (dist/, `.js`) loads as is. Under ts-jest the sources are TypeScript, which Node cannot load:
 * the worker then compiles each module as it requires it (TypeScript's transpileModule, types
 * stripped, no checking). That compilation cost ~15 s per worker on a loaded machine (the
 * engine and the importers are a few hundred modules, and the compiler itself is 9 MB of
 * JavaScript to load), paid again by every new worker of every test file. So the output is kept
 * on disk, keyed by the source's content: after the first worker anywhere has compiled a
 * module, every later one (in this run, a later run, or another Jest process) reads it back and
 * never loads the compiler at all.
 */
export function spawnWorker(entry: string, heapMb: number): Worker {
  const ext = extname(__filename);
  return new Worker(BOOT, {
    eval: true,
    workerData: {
      entry: `${entry}${ext}`,
      typescript: ext === '.ts' ? require.resolve('typescript') : undefined,
      cacheDir: join(tmpdir(), `plandiff-worker-ts-${process.getuid?.() ?? 0}`),
    },
    resourceLimits: { maxOldGenerationSizeMb: heapMb },
  });
}

const BOOT = `
const { workerData, threadId } = require('node:worker_threads');
// Console output stays out of the service's log (a piped stdout would keep the worker
// referenced, and an idle worker must never keep the process alive).
for (const k of ['log', 'info', 'warn', 'error', 'debug']) console[k] = () => undefined;
if (workerData.typescript) {
  const fs = require('node:fs');
  const path = require('node:path');
  const crypto = require('node:crypto');
  const options = { module: 1 /* CommonJS */, target: 9 /* ES2022 */, esModuleInterop: true };
  const version = require(path.join(path.dirname(workerData.typescript), '..', 'package.json')).version;
  const salt = version + JSON.stringify(options);
  let ts;
  try { fs.mkdirSync(workerData.cacheDir, { recursive: true }); } catch {}
  require.extensions['.ts'] = (module, filename) => {
    const source = fs.readFileSync(filename, 'utf8');
    const key = crypto.createHash('sha256').update(salt).update(filename).update(source).digest('hex');
    const file = path.join(workerData.cacheDir, key + '.js');
    let output;
    try {
      output = fs.readFileSync(file, 'utf8');
    } catch {
      ts ??= require(workerData.typescript);
      output = ts.transpileModule(source, { fileName: filename, compilerOptions: options }).outputText;
      // Written under a private name, then renamed: a reader never sees half a file.
      const partial = file + '.' + process.pid + '.' + threadId;
      try { fs.writeFileSync(partial, output); fs.renameSync(partial, file); } catch {}
    }
    module._compile(output, filename);
  };
}
require(workerData.entry);
`;
