import { Inflate } from 'fflate';
import { IMPORT_LIMITS } from '../config/limits';
import { ImportError } from './errors';

export interface ZipLimits {
  /** Most entries a document may have; real DOCX files have a few dozen. */
  readonly maxEntries: number;
  /** Cap on the sum of the entries' declared uncompressed sizes. */
  readonly maxExpandedBytes: number;
  /** Cap on one XML part after decompression (what a parser would have to hold). */
  readonly maxXmlPartBytes?: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: IMPORT_LIMITS.maxZipEntries,
  maxExpandedBytes: IMPORT_LIMITS.maxZipExpandedBytes,
  maxXmlPartBytes: IMPORT_LIMITS.maxXmlPartBytes,
};

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const ZIP64_MARK = 0xffffffff;

/**
 * Refuses archives that would expand past the limits (a zip bomb) or are not a readable zip,
 * before mammoth (through JSZip) inflates parts into memory: first from the central directory's
 * declared entry count and sizes, then by inflating each entry in a stream, because declared
 * sizes can lie. The entries named in `keep` are kept and returned (inflated once, here, rather
 * than unzipping the document again); everything else is counted and dropped.
 */
export function checkZip(
  bytes: Uint8Array,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
  keep: readonly string[] = [],
): Map<string, Uint8Array> {
  const kept = new Map<string, Uint8Array>();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(view);
  if (eocd < 0) {
    throw new ImportError(
      'corrupt',
      'not a readable zip archive (no central directory); the file is damaged or truncated',
    );
  }
  const entries = view.getUint16(eocd + 10, true);
  const dirSize = view.getUint32(eocd + 12, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  if (entries === 0xffff || dirOffset === ZIP64_MARK) {
    throw new ImportError('zip-bomb', 'ZIP64 archive: far larger than any text document; refused');
  }
  if (entries > limits.maxEntries) {
    throw new ImportError(
      'zip-bomb',
      `archive has ${entries} entries (the limit is ${limits.maxEntries}); refused as a possible zip bomb`,
    );
  }
  if (dirOffset + dirSize > bytes.length) {
    throw new ImportError(
      'corrupt',
      'zip central directory points past the end of the file; the file is damaged or truncated',
    );
  }
  let total = 0;
  let inflated = 0;
  let at = dirOffset;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) {
      throw new ImportError('corrupt', 'zip central directory is damaged');
    }
    const size = view.getUint32(at + 24, true);
    if (size === ZIP64_MARK) {
      throw new ImportError('zip-bomb', 'zip entry declares a ZIP64 size; refused');
    }
    total += size;
    if (total > limits.maxExpandedBytes) {
      throw new ImportError(
        'zip-bomb',
        `archive expands to more than ${Math.round(limits.maxExpandedBytes / 1048576)} MB; refused as a possible zip bomb`,
      );
    }
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const xml = /\.(?:xml|rels)$/iu.test(name);
    const partCap = xml ? (limits.maxXmlPartBytes ?? Infinity) : Infinity;
    if (size > partCap) throw partTooLarge(name, partCap);
    // Declared sizes can lie: inflate the entry for real and count.
    const budget = Math.min(limits.maxExpandedBytes - inflated, partCap);
    const chunks: Uint8Array[] | undefined = keep.includes(name) ? [] : undefined;
    let entrySize: number;
    try {
      entrySize = inflatedSize(bytes, view, at, budget, chunks);
    } catch (err) {
      if (err instanceof ImportError && err.code === 'zip-bomb' && budget === partCap) {
        throw partTooLarge(name, partCap);
      }
      throw err;
    }
    inflated += entrySize;
    if (chunks !== undefined) kept.set(name, concat(chunks, entrySize));
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  return kept;
}

function partTooLarge(name: string, cap: number): ImportError {
  return new ImportError(
    'too-complex',
    `${name} expands past ${Math.round(cap / 1048576)} MB, more than the reader can hold; split the document`,
  );
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const LOCAL = 0x04034b50;
const CHUNK = 16 * 1024;

/**
 * Bytes that one entry really inflates to, streaming in small chunks so a lying entry is caught
 * after at most one chunk's expansion (DEFLATE expands a chunk at most ~1,032 times) past the
 * budget rather than after exhausting memory.
 */
function inflatedSize(
  bytes: Uint8Array,
  view: DataView,
  central: number,
  budget: number,
  chunks?: Uint8Array[],
): number {
  const method = view.getUint16(central + 10, true);
  const compressed = view.getUint32(central + 20, true);
  const local = view.getUint32(central + 42, true);
  if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) {
    throw new ImportError('corrupt', 'zip entry header is damaged');
  }
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  if (start + compressed > bytes.length) {
    throw new ImportError(
      'corrupt',
      'zip entry runs past the end of the file; the file is truncated',
    );
  }
  if (method === 0) {
    chunks?.push(bytes.subarray(start, start + compressed));
    return check(compressed, budget);
  }
  if (method !== 8) {
    throw new ImportError(
      'corrupt',
      `zip entry uses compression method ${method}, which Word never writes`,
    );
  }
  let size = 0;
  const inflate = new Inflate((chunk) => {
    size = check(size + chunk.length, budget);
    chunks?.push(chunk);
  });
  try {
    for (let i = start; i < start + compressed; i += CHUNK) {
      inflate.push(
        bytes.subarray(i, Math.min(i + CHUNK, start + compressed)),
        i + CHUNK >= start + compressed,
      );
    }
  } catch (err) {
    if (err instanceof ImportError) throw err;
    throw new ImportError('corrupt', 'zip entry does not inflate; the file is damaged');
  }
  return size;
}

function check(size: number, budget: number): number {
  if (size > budget) {
    throw new ImportError(
      'zip-bomb',
      'archive inflates past its size limit; refused as a possible zip bomb',
    );
  }
  return size;
}

/** The end-of-central-directory record sits in the last 22 bytes plus up to 64 KB of comment. */
function findEocd(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let i = last; i >= first; i--) {
    if (view.getUint32(i, true) === EOCD) return i;
  }
  return -1;
}
