/**
 * Every bound on untrusted input, in one place so docs/limits.md can list them and a reviewer
 * can see at a glance what a hostile client may make the service do. This module imports
 * nothing, so any layer (import, common, modules) can read it without an import circle. The
 * engine keeps its own limits (src/engine/limits.ts: the engine imports nothing above it);
 * they are re-read here only for the documentation table.
 */
export const IMPORT_LIMITS = {
  /** Uploaded file, bytes (the API's UPLOAD_LIMIT_BYTES may lower it). */
  maxFileBytes: 10 * 1024 * 1024,
  /** Entries in a DOCX archive (real files have a few dozen). */
  maxZipEntries: 2000,
  /** Sum of a DOCX archive's entries after decompression. */
  maxZipExpandedBytes: 100 * 1024 * 1024,
  /**
   * One XML part of a DOCX (document.xml, numbering.xml) after decompression. mammoth holds about
   * 35 bytes of heap per byte of Word's XML (`npm run bench:docx`: a 320 KB Word document, 4.7 MB
   * of XML, needs 128–192 MB; 640 KB, 9.5 MB of XML, 256–384 MB), so 12 MB is what fits the
   * worker's heap below; a larger part is refused as it is unzipped, before any parser holds it.
   */
  maxXmlPartBytes: 12 * 1024 * 1024,
  /** Element nesting depth in HTML and in a DOCX's XML (real documents stay under 40). */
  maxNestingDepth: 256,
  /** Tracked changes kept from one Word file (more are counted, not listed). */
  maxTrackedChanges: 10_000,
  /** Pages of a PDF. */
  maxPdfPages: 1000,
  /** Positioned text runs on one PDF line. */
  maxRunsPerLine: 20_000,
  /** Positioned text runs in a whole PDF. */
  maxPdfRuns: 2_000_000,
  /** Wall-clock time one import may take in its worker before it is stopped. */
  timeoutMs: 30_000,
  /**
   * Heap of the worker that parses one upload: the backstop for what the size limits above do
   * not foresee (XML denser than Word's); past it the worker is stopped and the upload refused.
   */
  workerHeapMb: 512,
  /** Imports parsed at once, and waiting; past that an upload gets 503 import-busy. */
  workers: 2,
  queued: 8,
} as const;

/** JSON request bodies: checked before validation, so a pathological body never reaches a DTO. */
export const BODY_LIMITS = {
  /** Nesting of objects and arrays; the deepest real body (a version with clauses) is 4. */
  maxJsonDepth: 32,
  /**
   * Items in any one array. The longest legitimate list is a version's clauses (the engine's
   * maxClauses, 10,000). Checked before the DTOs: class-validator validates every item before
   * ArrayMaxSize refuses the list, so 50,000 tiny clauses held the event loop for seconds.
   */
  maxArrayItems: 10_000,
} as const;

/** Connection-level limits of the HTTP server (Node's defaults are 300 s for a request). */
export const HTTP_LIMITS = {
  /** Time to receive the request headers. */
  headersTimeoutMs: 15_000,
  /** Time to receive the whole request (headers and body). */
  requestTimeoutMs: 60_000,
  /**
   * Idle keep-alive connection. Longer than the clients' own idle limits (undici and browsers keep
   * 4 s or less; proxies such as AWS's load balancer 60 s): if the server closes first, a client
   * can send a request on the socket in the instant it closes and gets a reset it cannot retry for
   * a POST. Idle sockets cost a file descriptor each; slow clients are bounded by headersTimeoutMs.
   */
  keepAliveTimeoutMs: 65_000,
} as const;

/**
 * Engine work on large inputs (segmenting a posted text, comparing two versions) runs in worker
 * threads (src/modules/engine-work); below these sizes it stays inline, where a worker's round
 * trip would cost more than the work (a 200,000-character text segments in ~20 ms; comparing two
 * 250-clause versions takes ~50 ms; two 10,000-clause versions take seconds).
 */
export const ENGINE_WORK_LIMITS = {
  /** Posted text up to this many characters is segmented on the event loop. */
  inlineTextChars: 200_000,
  /** Comparisons of up to this many clauses (both sides together) run on the event loop. */
  inlineCompareClauses: 500,
  /** Engine jobs at once, and waiting; past that 503 engine-busy. */
  workers: 2,
  queued: 8,
  /** Wall-clock time of one job before its worker is stopped (503 engine-timeout). */
  timeoutMs: 120_000,
  /** Heap of one engine worker (two 10,000-clause versions need a few hundred MB). */
  workerHeapMb: 1024,
} as const;

/**
 * Interactive transactions (Prisma's defaults: 2 s to obtain one, 5 s to finish). A burst of
 * concurrent writes on a loaded machine queued past 2 s and answered 500; these bounds let a
 * write wait its turn, and what still times out is a 503 `database-busy` with nothing stored.
 */
export const TRANSACTION_LIMITS = {
  /** Waiting for a connection and a transaction slot. */
  maxWaitMs: 15_000,
  /** One transaction from start to commit. */
  timeoutMs: 30_000,
} as const;
