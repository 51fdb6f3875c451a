import { PDFDocument } from 'pdf-lib';
import { ImportError, importDocument } from '../../src/import';
import type { ImportErrorCode } from '../../src/import';
import { checkZip } from '../../src/import/zip-guard';
import {
  makeDocx,
  makeEncryptedPdf,
  makeLyingZipBomb,
  makePdf,
  makeZipBomb,
  makeZipWithManyEntries,
} from './build';

/** Every refusal is an ImportError with a stable code and a message saying what was wrong. */
async function refused(
  bytes: Uint8Array | string,
  name: string,
  code: ImportErrorCode,
  message: RegExp,
  options = {},
): Promise<void> {
  const input = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  const err: unknown = await importDocument(input, name, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ImportError);
  expect(err).toMatchObject({ code });
  expect((err as Error).message).toMatch(message);
}

describe('bad input is refused with a typed error', () => {
  it.each(['a.txt', 'a.md', 'a.json', 'a.html', 'a.docx', 'a.pdf'])('empty %s', (name) =>
    refused(new Uint8Array(0), name, 'empty', /file is empty/),
  );

  it('blank text', () => refused(' \n\t\n', 'blank.md', 'empty', /no text/));

  it('over the size limit', async () => {
    await refused('1. x\n'.repeat(100), 'a.txt', 'too-large', /too large.*limit is 100 bytes/, {
      maxBytes: 100,
    });
    await refused(Buffer.alloc(10 * 1024 * 1024 + 1, 0x61), 'a.txt', 'too-large', /10\.0 MB/);
  });

  it('an unsupported extension', () =>
    refused('1. x', 'plan.doc', 'unsupported', /unsupported file type \("\.doc"\)/));

  it('content that does not match the extension', async () => {
    const pdf = await makePdf({ pages: [['1. One.']] });
    const docx = await makeDocx([{ level: 0, text: 'One.' }]);
    await refused(pdf, 'plan.txt', 'type-mismatch', /\.txt but the content is a PDF/);
    await refused(docx, 'plan.pdf', 'type-mismatch', /\.pdf but the content is a zip/);
    await refused('<!DOCTYPE html><p>1. x</p>', 'a.md', 'type-mismatch', /an HTML page/);
    await refused(pdf, 'plan.html', 'type-mismatch', /content is a PDF/);
    await refused(
      '1. Not a zip at all.',
      'plan.docx',
      'type-mismatch',
      /\.docx but the content is plain text/,
    );
  });

  it('a corrupt PDF', async () => {
    await refused(
      '%PDF-1.7\n%garbage without objects\n',
      'a.pdf',
      'corrupt',
      /not a readable PDF|could not be read/,
    );
    const good = await makePdf({ pages: [['1. One.']] });
    await refused(good.subarray(0, 40), 'truncated.pdf', 'corrupt', /PDF/);
  });

  it('an encrypted PDF', () =>
    makeEncryptedPdf().then((pdf) =>
      refused(pdf, 'secret.pdf', 'encrypted', /password-protected/),
    ));

  it('a PDF without a text layer (a scan)', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage();
    await refused(await pdf.save(), 'scan.pdf', 'empty', /OCR/);
  });

  it('a DOCX that is a damaged zip', async () => {
    const docx = await makeDocx([{ level: 0, text: 'One.' }]);
    await refused(docx.subarray(0, docx.length - 30), 'cut.docx', 'corrupt', /zip|Word/);
  });

  it('a zip that is not a Word document', () =>
    refused(makeZipWithManyEntries(3), 'other.docx', 'corrupt', /not a readable Word document/));

  it('a password-protected (OLE) Word file', () => {
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(512),
    ]);
    return refused(ole, 'protected.docx', 'encrypted', /password-protected Word/);
  });

  it('a zip bomb, before anything is inflated', async () => {
    const bomb = makeZipBomb(30, 8 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(1024 * 1024); // small on disk, 240 MB declared
    await refused(bomb, 'bomb.docx', 'zip-bomb', /expands to more than 100 MB/);
    await refused(makeZipWithManyEntries(2001), 'many.docx', 'zip-bomb', /2001 entries/);
    expect(() => checkZip(bomb, { maxEntries: 10, maxExpandedBytes: 1e12 })).toThrow(/31 entries/);
  });

  it('a zip bomb that understates its sizes', async () => {
    const zipLimits = { maxEntries: 100, maxExpandedBytes: 1024 * 1024 };
    await refused(makeLyingZipBomb(), 'liar.docx', 'zip-bomb', /inflates past its size limit/, {
      zipLimits,
    });
  });

  it('random binary named .txt', () => {
    // A fixed pseudo-random sequence: reproducible, and certainly not UTF-8 or Cyrillic.
    const bytes = Uint8Array.from(
      { length: 4096 },
      (_, i) => ((i * 2654435761 + 12345) >>> 13) & 0xff,
    );
    return refused(bytes, 'noise.txt', 'not-utf8', /byte offset \d+|NUL bytes/);
  });

  it('Latin-1 text: not UTF-8 and not Cyrillic, so refused with the offset', () =>
    refused(
      Buffer.from('1. Café au lait, très bien, déjà vu.\n', 'latin1'),
      'fr.txt',
      'not-utf8',
      /not valid UTF-8 \(byte offset 6\)/,
    ));

  it('UTF-16 without a byte order mark', () =>
    refused(Buffer.from('1. One.\n2. Two.\n', 'utf16le'), 'a.txt', 'not-utf8', /NUL bytes/));

  it('no numbered points', async () => {
    await refused(
      'A memo.\nIt has paragraphs but no numbers.\n',
      'memo.txt',
      'no-clauses',
      /no numbered points/,
    );
    await refused('<p>Just prose.</p>', 'memo.html', 'no-clauses', /no numbered points/);
    await refused(
      await makeDocx(['Only prose here.']),
      'memo.docx',
      'no-clauses',
      /no numbered points/,
    );
  });
});
