import { ImportError } from './errors';

export const IMPORT_FORMATS = ['txt', 'md', 'json', 'docx', 'pdf', 'html'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

const EXTENSIONS: Readonly<Record<string, ImportFormat>> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.json': 'json',
  '.docx': 'docx',
  '.pdf': 'pdf',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
};

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(EXTENSIONS);

export function formatFromFilename(filename: string): ImportFormat {
  const ext = /\.[^./\\]+$/u.exec(filename.toLowerCase())?.[0] ?? '';
  const format = EXTENSIONS[ext];
  if (format === undefined) {
    const found = ext === '' ? 'no extension' : `"${ext}"`;
    throw new ImportError(
      'unsupported',
      `unsupported file type (${found}); supported: .txt, .md, .json, .docx, .pdf, .html`,
    );
  }
  return format;
}

/** What the first bytes say the file is, whatever its name claims. */
export type Sniffed = 'pdf' | 'zip' | 'ole' | 'html' | 'xml' | 'text';

export function sniff(bytes: Uint8Array): Sniffed {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024));
  if (head.subarray(0, 4).toString('latin1') === 'PK\x03\x04') return 'zip';
  if (head.subarray(0, 4).toString('latin1') === 'PK\x05\x06') return 'zip'; // empty archive
  if (head.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) return 'ole';
  // Acrobat accepts the header anywhere in the first 1024 bytes; so do we.
  if (head.includes('%PDF-', 0, 'latin1')) return 'pdf';
  const start = head
    .toString('utf8')
    .replace(/^\ufeff/u, '')
    .trimStart()
    .slice(0, 200)
    .toLowerCase();
  if (/^<!doctype html|^<html[\s>]|^<head[\s>]|^<body[\s>]/u.test(start)) return 'html';
  if (start.startsWith('<?xml')) return /<html[\s>]/u.test(start) ? 'html' : 'xml';
  return 'text';
}

const NAMES: Readonly<Record<Sniffed, string>> = {
  pdf: 'a PDF',
  zip: 'a zip archive (a .docx?)',
  ole: 'a legacy .doc or a password-protected Office file',
  html: 'an HTML page',
  xml: 'an XML file',
  text: 'plain text',
};

/**
 * Refuses a file whose content does not match its extension, before a parser misreads it: a
 * PDF renamed .txt would otherwise "import" as binary garbage.
 */
export function checkContentMatches(format: ImportFormat, bytes: Uint8Array): void {
  const found = sniff(bytes);
  if (format === 'docx' && found === 'ole') {
    throw new ImportError(
      'encrypted',
      'file is a legacy .doc or a password-protected Word file (an OLE container, not a zip); save it as an unprotected .docx',
    );
  }
  const ok: Record<ImportFormat, readonly Sniffed[]> = {
    txt: ['text'],
    md: ['text'],
    json: ['text'],
    html: ['html', 'xml', 'text'],
    docx: ['zip'],
    pdf: ['pdf'],
  };
  if (!ok[format].includes(found)) {
    throw new ImportError(
      'type-mismatch',
      `the name says .${format} but the content is ${NAMES[found]}; rename it or export it again`,
    );
  }
}
