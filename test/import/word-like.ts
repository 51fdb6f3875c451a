import { strToU8, zipSync } from 'fflate';

/**
 * A DOCX written the way Word writes one, for memory measurements: Word's XML is far more
 * verbose than the `docx` library's (revision ids on every paragraph and run, a full run
 * property block per run, a paragraph split into several runs by spell checking and edits), so
 * the same clauses make a document.xml several times larger, and mammoth's memory follows the
 * XML, not the text. Paragraphs are items of a three-level Word list, as a numbered plan is.
 */
export function makeWordLikeDocx(
  paragraphs: readonly { level: number; text: string }[],
): Uint8Array {
  const body = paragraphs.map((p, i) => paragraph(p.level, p.text, i)).join('');
  const document =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<w:document ${NS}><w:body>${body}<w:sectPr w:rsidR="00C01A2B"><w:pgSz w:w="11906" w:h="16838"/>` +
    `<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>` +
    `<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr></w:body></w:document>`;
  return zipSync(
    {
      '[Content_Types].xml': strToU8(CONTENT_TYPES),
      '_rels/.rels': strToU8(RELS),
      'word/_rels/document.xml.rels': strToU8(DOCUMENT_RELS),
      'word/document.xml': strToU8(document),
      'word/numbering.xml': strToU8(NUMBERING),
      'word/styles.xml': strToU8(STYLES),
    },
    { level: 6 },
  );
}

const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** Revision ids as Word scatters them: one per editing session, 8 hex digits. */
const rsid = (n: number): string =>
  (0x00a10000 + ((n * 2654435761) >>> 20)).toString(16).toUpperCase().padStart(8, '0');

const RUN_PROPS =
  '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>' +
  '<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-GB" w:eastAsia="en-GB"/></w:rPr>';

function paragraph(level: number, text: string, i: number): string {
  // Word splits a paragraph's text into runs at every edit and proofing mark: every ~6 words.
  const words = text.split(' ');
  const runs: string[] = [];
  for (let w = 0; w < words.length; w += 6) {
    const chunk = words.slice(w, w + 6).join(' ') + (w + 6 < words.length ? ' ' : '');
    const mark = w % 18 === 12 ? '<w:proofErr w:type="spellStart"/>' : '';
    runs.push(
      `${mark}<w:r w:rsidRPr="${rsid(i + w)}">${RUN_PROPS}<w:t xml:space="preserve">${escape(chunk)}</w:t></w:r>`,
    );
  }
  return (
    `<w:p w:rsidR="${rsid(i)}" w:rsidRDefault="${rsid(i + 1)}" w:rsidP="${rsid(i + 2)}">` +
    `<w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="1"/></w:numPr>` +
    `<w:spacing w:after="120" w:line="276" w:lineRule="auto"/><w:jc w:val="both"/>${RUN_PROPS}</w:pPr>` +
    `<w:bookmarkStart w:id="${i}" w:name="_Ref${100000 + i}"/>${runs.join('')}<w:bookmarkEnd w:id="${i}"/></w:p>`
  );
}

const escape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' +
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
  '</Types>';

const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '</Relationships>';

const DOCUMENT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
  '</Relationships>';

const LEVELS: readonly [string, string][] = [
  ['decimal', '%1.'],
  ['lowerLetter', '%2)'],
  ['lowerRoman', '(%3)'],
];

const NUMBERING =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<w:numbering ${NS}><w:abstractNum w:abstractNumId="0">` +
  LEVELS.map(
    ([format, text], level) =>
      `<w:lvl w:ilvl="${level}"><w:start w:val="1"/><w:numFmt w:val="${format}"/>` +
      `<w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/>` +
      `<w:pPr><w:ind w:left="${720 * (level + 1)}" w:hanging="360"/></w:pPr></w:lvl>`,
  ).join('') +
  '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>';

const STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<w:styles ${NS}><w:style w:type="paragraph" w:styleId="ListParagraph">` +
  '<w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr>' +
  '</w:style></w:styles>';
