import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import mammoth from 'mammoth';
import { ImportError } from './errors';
import { htmlToText } from './html';
import type { HtmlText } from './html';
import { wordListNumbers } from './docx-numbering';
import { resolveRevisions, type TextView } from './docx-revisions';
import { readTracked, type TrackedReading } from './docx-tracked';
import { scanXml } from './xml-scan';
import { checkZip } from './zip-guard';
import type { ZipLimits } from './zip-guard';

const NO_EVENTS = { open: (): void => undefined, close: (): void => undefined };
const DOCUMENT = 'word/document.xml';
const NUMBERING = 'word/numbering.xml';
// Prefixes only (a hit such as <w:insideH> merely costs the full reading, which finds nothing).
const REVISION_OPENERS = ['<w:ins', '<w:del', '<w:moveFrom', '<w:moveTo'];

/** A Word document's text; with tracked changes, both texts and who changed what. */
export interface DocxText extends HtmlText {
  readonly tracked?: {
    readonly reading: TrackedReading;
    readonly accepted: HtmlText;
    readonly original: HtmlText;
  };
}

/**
 * A Word document to numbered text. mammoth renders Word's automatic numbering as nested
 * <ol>/<li> (the numbers are not in the document's text); htmlToText writes them out per
 * nesting level (`1.`, `a)`, `(i)`). mammoth exposes only "ordered or not" and the level, so the
 * numbers themselves (format, start value, restarts) are read from numbering.xml by
 * wordListNumbers; where that reader cannot follow the document, numbering follows the level and
 * top-level numbering continues across interrupting paragraphs as Word does by default.
 *
 * A document with tracked changes is read twice, from document.xml resolved both ways (every
 * change accepted, every change rejected: docx-revisions.ts), so numbering and paragraphs are
 * those Word shows after Accept All or Reject All; the accepted text is the one returned.
 */
export async function docxToText(bytes: Uint8Array, limits?: ZipLimits): Promise<DocxText> {
  // The zip is inflated once here: checked against the limits, and the two parts the numbering
  // reader needs kept (mammoth reads the archive itself, through JSZip).
  const parts = checkZip(bytes, limits, [DOCUMENT, NUMBERING]);
  // Nesting is checked on the raw XML before mammoth builds a DOM of it (too-deep, fast).
  for (const part of parts.values()) scanXml(strFromU8(part), NO_EVENTS);
  const documentXml = parts.get(DOCUMENT);
  const xml = documentXml === undefined ? '' : strFromU8(documentXml);
  // Most files have no revisions: one indexOf per tag name spares them the tracked reading.
  const revised = REVISION_OPENERS.some((tag) => xml.includes(tag));
  const reading = revised ? readTracked(xml) : undefined;
  if (reading === undefined || reading.count === 0) {
    return readWord(bytes, documentXml, parts.get(NUMBERING));
  }
  // Only the XML parts are packed again (sizes already checked above): images never matter.
  const xmlParts = unzipSync(bytes, { filter: (f) => /\.(?:xml|rels)$/iu.test(f.name) });
  const view = async (v: TextView): Promise<HtmlText> => {
    const clean = strToU8(resolveRevisions(xml, v));
    const repacked = zipSync({ ...xmlParts, [DOCUMENT]: clean }, { level: 0 });
    return readWord(repacked, clean, parts.get(NUMBERING));
  };
  const accepted = await view('accepted');
  const original = await view('original');
  return { ...accepted, tracked: { reading, accepted, original } };
}

async function readWord(
  bytes: Uint8Array,
  documentXml: Uint8Array | undefined,
  numberingXml: Uint8Array | undefined,
): Promise<HtmlText> {
  let html: string;
  let messages: { type: string; message: string }[];
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // Images carry no clauses; never read them (they would be base64-inlined).
      { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
    );
    html = result.value;
    messages = result.messages;
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new ImportError('corrupt', `not a readable Word document (${why.split('\n')[0]})`);
  }
  const listNumbers = wordListNumbers(documentXml, numberingXml);
  const out = htmlToText(html, {
    continueTopLevelLists: true,
    ...(listNumbers !== undefined ? { listNumbers } : {}),
  });
  // mammoth reports unrecognised styles and the like; only its errors matter to a user.
  for (const m of messages) if (m.type === 'error') out.warnings.push(`docx: ${m.message}`);
  return out;
}
