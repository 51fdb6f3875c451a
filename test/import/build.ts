/**
 * Test inputs are built here, not committed as opaque binaries: a reader can see exactly what
 * each DOCX, PDF and zip contains.
 */
import { readFileSync } from 'node:fs';
import {
  AlignmentType,
  DeletedTextRun,
  Document,
  InsertedTextRun,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
} from 'docx';
import { zipSync } from 'fflate';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, PDFHexString, PDFName, StandardFonts } from 'pdf-lib';

/** A paragraph: plain text, or an item of Word's automatic numbering at a level (0-based). */
export type DocxPara = string | { level: number; text: string };

/** One level of a Word list: its number format, the text around the number, its start. */
export interface DocxLevel {
  readonly format: (typeof LevelFormat)[keyof typeof LevelFormat];
  readonly text: string;
  readonly start?: number;
}

/**
 * A .docx whose numbers come from Word numbering (numbering.xml), not from the text: by default
 * `1.`, `a)`, `(i)` starting at 1, or the given levels.
 */
export async function makeDocx(
  paras: readonly DocxPara[],
  levels?: readonly DocxLevel[],
): Promise<Uint8Array> {
  const custom = levels?.map((l, level) => ({
    level,
    format: l.format,
    text: l.text,
    alignment: AlignmentType.START,
    ...(l.start !== undefined ? { start: l.start } : {}),
  }));
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'points',
          levels: custom ?? [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
            {
              level: 1,
              format: LevelFormat.LOWER_LETTER,
              text: '%2)',
              alignment: AlignmentType.START,
            },
            {
              level: 2,
              format: LevelFormat.LOWER_ROMAN,
              text: '(%3)',
              alignment: AlignmentType.START,
            },
          ],
        },
      ],
    },
    sections: [
      {
        children: paras.map((p) =>
          typeof p === 'string'
            ? new Paragraph({ text: p })
            : new Paragraph({ text: p.text, numbering: { reference: 'points', level: p.level } }),
        ),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

export const ALICE = { author: 'Alice (UA)', date: '2026-03-01T10:00:00Z' };
export const BOB = { author: 'Bob (US)', date: '2026-03-02T11:30:00Z' };

/** Two authors' tracked changes, built with the docx library as Word would write them. */
export async function makeTrackedDocx(): Promise<Uint8Array> {
  let id = 0;
  const ins = (text: string, who: typeof ALICE) => new InsertedTextRun({ text, id: ++id, ...who });
  const del = (text: string, who: typeof ALICE) => new DeletedTextRun({ text, id: ++id, ...who });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('Framework for peace'),
          new Paragraph({
            children: [
              new TextRun('1. The parties agree '),
              del('on', ALICE),
              ins('to', ALICE),
              new TextRun(' a ceasefire along the line of contact.'),
            ],
          }),
          new Paragraph({
            children: [
              new TextRun('2. Elections shall be held within '),
              del('100', BOB),
              ins('200', BOB),
              new TextRun(' days.'),
            ],
          }),
          // A paragraph Bob inserted whole, its mark included.
          new Paragraph({
            run: { insertion: { id: ++id, ...BOB } },
            children: [ins('3. Frozen assets shall fund reconstruction.', BOB)],
          }),
          // A paragraph Alice deleted whole.
          new Paragraph({
            run: { deletion: { id: ++id, ...ALICE } },
            children: [del('4. Sanctions stay in force.', ALICE)],
          }),
          new Paragraph('5. NATO shall not deploy troops in Ukraine.'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

export const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

export interface PdfSpec {
  /** Lines per page, top to bottom; each is drawn at the left margin. */
  readonly pages: readonly (readonly string[])[];
  readonly header?: string;
  /** Footer text; `#` is replaced by the page number. */
  readonly footer?: string;
  readonly pageNumbers?: boolean;
  /** Embed DejaVu Sans (for Cyrillic) instead of Helvetica. */
  readonly unicode?: boolean;
}

/** A text PDF laid out like a printed draft: running header, footer and page number. */
export async function makePdf(spec: PdfSpec): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  let font;
  if (spec.unicode === true) {
    pdf.registerFontkit(fontkit);
    font = await pdf.embedFont(readFileSync(DEJAVU), { subset: true });
  } else {
    font = await pdf.embedFont(StandardFonts.Helvetica);
  }
  spec.pages.forEach((lines, i) => {
    const page = pdf.addPage([595, 842]);
    if (spec.header !== undefined) page.drawText(spec.header, { x: 72, y: 800, size: 9, font });
    lines.forEach((line, k) => page.drawText(line, { x: 72, y: 760 - k * 16, size: 11, font }));
    if (spec.footer !== undefined) {
      page.drawText(spec.footer.replace('#', String(i + 1)), { x: 72, y: 50, size: 9, font });
    }
    if (spec.pageNumbers === true) page.drawText(String(i + 1), { x: 290, y: 30, size: 9, font });
  });
  return pdf.save({ useObjectStreams: false });
}

/**
 * A PDF that needs a user password: a Standard security handler whose /U entry matches no
 * password pdf.js can try (pdf-lib cannot encrypt, and qpdf is not needed for this).
 */
export async function makeEncryptedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage().drawText('1. Secret point.', { x: 72, y: 700, size: 12, font });
  const encrypt = pdf.context.obj({
    Filter: 'Standard',
    V: 1,
    R: 2,
    O: PDFHexString.of('11'.repeat(32)),
    U: PDFHexString.of('22'.repeat(32)),
    P: -4,
  });
  pdf.context.trailerInfo.Encrypt = pdf.context.register(encrypt);
  pdf.context.trailerInfo.ID = pdf.context.obj([
    PDFHexString.of('ab'.repeat(16)),
    PDFHexString.of('ab'.repeat(16)),
  ]);
  void PDFName;
  return pdf.save({ useObjectStreams: false });
}

/** Many entries of zeros: a few KB that declare hundreds of MB once inflated. */
export function makeZipBomb(entries = 30, entryBytes = 8 * 1024 * 1024): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': new TextEncoder().encode('<Types/>'),
  };
  const zeros = new Uint8Array(entryBytes);
  for (let i = 0; i < entries; i++) files[`word/media/pad${i}.bin`] = zeros;
  return zipSync(files, { level: 9 });
}

/** A zip with more entries than any document has, each tiny. */
export function makeZipWithManyEntries(entries: number): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (let i = 0; i < entries; i++) files[`f${i}.xml`] = new Uint8Array(1);
  return zipSync(files, { level: 0 });
}

/** Node has no Windows-1251 encoder; invert its decoder over the single-byte range. */
export function encodeCp1251(text: string): Uint8Array {
  const all = new TextDecoder('windows-1251').decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  const map = new Map([...all].map((ch, i) => [ch, i] as const));
  return Uint8Array.from([...text].map((ch) => map.get(ch) ?? 0x3f));
}

/** A zip bomb that lies: every entry's declared uncompressed size is patched down to 1 KB. */
export function makeLyingZipBomb(entryBytes = 8 * 1024 * 1024): Uint8Array {
  const zip = makeZipBomb(1, entryBytes);
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let i = 0; i + 4 <= zip.length; i++) {
    const sig = view.getUint32(i, true);
    // Local header (size at +22) and central directory header (size at +24).
    if (sig === 0x04034b50) view.setUint32(i + 22, 1024, true);
    if (sig === 0x02014b50) view.setUint32(i + 24, 1024, true);
  }
  return zip;
}
