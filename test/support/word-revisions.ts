// The package's own typings pull the DOM library into the whole program (tsconfig keeps it out);
// these few shapes are all this reader needs.
interface XmlNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly firstChild: XmlNode | null;
  readonly nextSibling: XmlNode | null;
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
}
type Element = XmlNode;
type Node = XmlNode;
interface XmlDocument {
  getElementsByTagName(name: string): { readonly length: number; item(i: number): XmlNode | null };
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DOMParser } = require('@xmldom/xmldom') as {
  DOMParser: new () => { parseFromString(xml: string, mime: string): XmlDocument };
};

/**
 * Word's Review → Accept All / Reject All, done on a document.xml with a real XML parser (the
 * @xmldom/xmldom that mammoth already brings), so tests can check what a reader of a Word file
 * with tracked changes gets. Independent of the code under test: it reads the XML as Word's
 * model says, not as our writer or importer happen to produce or scan it.
 *
 * - accept keeps inserted and moved-to content and drops deleted and moved-from content;
 *   reject does the reverse (w:delText is text that a deletion holds);
 * - a paragraph whose mark is dropped (a deleted mark on accept, an inserted one on reject, and
 *   likewise for moves) joins the next paragraph, which then lends it its properties (Word's
 *   model: the properties live in the mark that stays);
 * - tabs are `\t`, line breaks `\n`; other markup (range markers, comments, properties) is not
 *   text.
 */
export type ReviewAction = 'accept' | 'reject';

export interface ReviewedParagraph {
  /** The paragraph style id (w:pStyle), if any. */
  readonly style: string | undefined;
  readonly text: string;
}

const DROPPED: Readonly<Record<ReviewAction, ReadonlySet<string>>> = {
  accept: new Set(['w:del', 'w:moveFrom']),
  reject: new Set(['w:ins', 'w:moveTo']),
};
const REVISIONS = new Set(['w:ins', 'w:del', 'w:moveFrom', 'w:moveTo']);

function children(node: Node): Element[] {
  const out: Element[] = [];
  for (let c = node.firstChild; c !== null; c = c.nextSibling) {
    if (c.nodeType === 1) out.push(c);
  }
  return out;
}

function child(node: Node, name: string): Element | undefined {
  return children(node).find((c) => c.nodeName === name);
}

function textOf(node: Element, action: ReviewAction): string {
  let out = '';
  for (const c of children(node)) {
    const name = c.nodeName;
    if (name === 'w:pPr' || name === 'w:rPr') continue;
    if (DROPPED[action].has(name)) continue;
    if (name === 'w:t' || name === 'w:delText') out += c.textContent ?? '';
    else if (name === 'w:tab') out += '\t';
    else if (name === 'w:br' || name === 'w:cr') out += '\n';
    else out += textOf(c, action);
  }
  return out;
}

/** Every paragraph of the document (tables included) after accepting or rejecting everything. */
export function reviewParagraphs(documentXml: string, action: ReviewAction): ReviewedParagraph[] {
  const doc = new DOMParser().parseFromString(documentXml, 'text/xml');
  const paragraphs = doc.getElementsByTagName('w:p');
  const out: ReviewedParagraph[] = [];
  let pending = '';
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs.item(i)!;
    const pPr = child(p, 'w:pPr');
    const rPr = pPr === undefined ? undefined : child(pPr, 'w:rPr');
    const markRevision =
      rPr === undefined ? undefined : children(rPr).find((c) => REVISIONS.has(c.nodeName));
    const text = pending + textOf(p, action);
    if (markRevision !== undefined && DROPPED[action].has(markRevision.nodeName)) {
      pending = text;
      continue;
    }
    pending = '';
    const style = pPr === undefined ? undefined : child(pPr, 'w:pStyle')?.getAttribute('w:val');
    out.push({ style: style ?? undefined, text });
  }
  // Word never lets the last paragraph mark go; should a file do it, the text stands alone.
  if (pending !== '') out.push({ style: undefined, text: pending });
  return out;
}

/** Revision elements and move ranges, for checks on ids and names. */
export function revisionMarkup(documentXml: string): {
  readonly ids: string[];
  readonly authors: Set<string>;
  readonly moveNames: { from: string[]; to: string[] };
  readonly rangesClosed: boolean;
} {
  const doc = new DOMParser().parseFromString(documentXml, 'text/xml');
  const ids: string[] = [];
  const authors = new Set<string>();
  for (const name of REVISIONS) {
    const all = doc.getElementsByTagName(name);
    for (let i = 0; i < all.length; i++) {
      ids.push(all.item(i)!.getAttribute('w:id') ?? '');
      authors.add(all.item(i)!.getAttribute('w:author') ?? '');
    }
  }
  const names = (tag: string): string[] => {
    const all = doc.getElementsByTagName(tag);
    return Array.from({ length: all.length }, (_, i) => all.item(i)!.getAttribute('w:name') ?? '');
  };
  const rangeIds = (tag: string): string[] => {
    const all = doc.getElementsByTagName(tag);
    return Array.from(
      { length: all.length },
      (_, i) => all.item(i)!.getAttribute('w:id') ?? '',
    ).sort();
  };
  const rangesClosed = ['moveFrom', 'moveTo'].every(
    (side) =>
      JSON.stringify(rangeIds(`w:${side}RangeStart`)) ===
      JSON.stringify(rangeIds(`w:${side}RangeEnd`)),
  );
  return {
    ids,
    authors,
    moveNames: { from: names('w:moveFromRangeStart'), to: names('w:moveToRangeStart') },
    rangesClosed,
  };
}
