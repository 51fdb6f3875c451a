import { IMPORT_LIMITS } from '../config/limits';
import { ImportError } from './errors';

export interface XmlHandler {
  /** An element opens; `attrs` holds its attributes (values with entities left as they are). */
  open(name: string, attrs: ReadonlyMap<string, string>, path: readonly string[]): void;
  /** An element closes (after `open` for a self-closing one). */
  close(name: string, path: readonly string[]): void;
}

/**
 * A forward-only XML tag scanner, linear in its input: every character is looked at a bounded
 * number of times (indexOf to the next delimiter, never a backtracking regex over the rest of the
 * document), so a hostile part such as 100,000 unclosed `<w:p >` costs what its length costs.
 * It reads what Word writes (elements, attributes, comments, processing instructions, CDATA) and
 * is lenient with damage: a closer without an opener is ignored, an unclosed element ends with
 * the document. Text content is not reported; the callers only need structure and attributes.
 * `path` is the stack of open element names, innermost last (the element itself excluded).
 */
export function scanXml(
  xml: string,
  handler: XmlHandler,
  maxDepth: number = IMPORT_LIMITS.maxNestingDepth,
): void {
  const stack: string[] = [];
  scanTags(xml, (tag) => {
    if (tag.kind === 'close') {
      // Close up to the matching opener; a stray closer (no opener in reach) changes nothing.
      const at = stack.lastIndexOf(tag.name);
      if (at < 0) return;
      while (stack.length > at) {
        const closed = stack.pop()!;
        handler.close(closed, stack);
      }
      return;
    }
    handler.open(tag.name, tag.attrs, stack);
    if (tag.kind === 'empty') {
      handler.close(tag.name, stack);
      return;
    }
    stack.push(tag.name);
    if (stack.length > maxDepth) {
      throw new ImportError(
        'too-deep',
        `document elements are nested more than ${maxDepth} deep; refused as malformed`,
      );
    }
  });
  while (stack.length > 0) handler.close(stack.pop()!, stack);
}

/** One tag of a document, with where it stands: `xml.slice(start, end)` is the whole tag. */
export interface XmlTag {
  readonly kind: 'open' | 'close' | 'empty';
  readonly name: string;
  readonly start: number;
  readonly end: number;
  /** Attributes of an open or empty tag (values with entities left as they are). */
  readonly attrs: ReadonlyMap<string, string>;
}

const NO_ATTRS: ReadonlyMap<string, string> = new Map();

/**
 * The tags of a document in order, with their offsets: the one forward pass under scanXml (which
 * adds the nesting) and what callers that rewrite a document use (the tracked-changes reader).
 * Comments, processing instructions and CDATA are skipped (left in the text between tags),
 * nothing is nested or matched here, and a tag cut off by the end of the document ends the scan.
 */
export function scanTags(xml: string, onTag: (tag: XmlTag) => void): void {
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) break;
    if (xml.startsWith('<!--', lt)) {
      i = skipTo(xml, '-->', lt + 4);
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      i = skipTo(xml, ']]>', lt + 9);
      continue;
    }
    if (xml.startsWith('<?', lt) || xml.startsWith('<!', lt)) {
      i = skipTo(xml, '>', lt + 2);
      continue;
    }
    const gt = tagEnd(xml, lt + 1);
    if (gt < 0) break;
    i = gt + 1;
    if (xml.charCodeAt(lt + 1) === 0x2f /* / */) {
      const name = xml.slice(lt + 2, gt).trim();
      onTag({ kind: 'close', name, start: lt, end: gt + 1, attrs: NO_ATTRS });
      continue;
    }
    const selfClosing = xml.charCodeAt(gt - 1) === 0x2f;
    const body = xml.slice(lt + 1, selfClosing ? gt - 1 : gt);
    const nameEnd = firstSpace(body);
    const name = body.slice(0, nameEnd);
    if (name === '') continue;
    // Attributes are read only when asked for: most callers look at a few tags' attributes.
    let attrs: ReadonlyMap<string, string> | undefined;
    onTag({
      kind: selfClosing ? 'empty' : 'open',
      name,
      start: lt,
      end: gt + 1,
      get attrs(): ReadonlyMap<string, string> {
        return (attrs ??= attributes(body, nameEnd));
      },
    });
  }
}

function skipTo(xml: string, end: string, from: number): number {
  const at = xml.indexOf(end, from);
  return at < 0 ? xml.length : at + end.length;
}

/** The `>` that ends a tag, skipping quoted attribute values (which may hold `>`). */
function tagEnd(xml: string, from: number): number {
  let i = from;
  while (i < xml.length) {
    const c = xml.charCodeAt(i);
    if (c === 0x3e /* > */) return i;
    if (c === 0x22 || c === 0x27) {
      const close = xml.indexOf(c === 0x22 ? '"' : "'", i + 1);
      if (close < 0) return -1;
      i = close + 1;
      continue;
    }
    if (c === 0x3c /* < */) return -1; // a new tag before this one ended: damaged, skip it
    i++;
  }
  return -1;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function firstSpace(s: string): number {
  for (let i = 0; i < s.length; i++) if (isSpace(s.charCodeAt(i))) return i;
  return s.length;
}

/** `name="value"` pairs of one tag, read left to right once. */
function attributes(body: string, from: number): Map<string, string> {
  const attrs = new Map<string, string>();
  let i = from;
  while (i < body.length) {
    while (i < body.length && isSpace(body.charCodeAt(i))) i++;
    const start = i;
    while (i < body.length && body[i] !== '=' && !isSpace(body.charCodeAt(i))) i++;
    const name = body.slice(start, i);
    while (i < body.length && isSpace(body.charCodeAt(i))) i++;
    if (body[i] !== '=') continue;
    i++;
    while (i < body.length && isSpace(body.charCodeAt(i))) i++;
    const quote = body[i];
    if (quote !== '"' && quote !== "'") continue;
    const close = body.indexOf(quote, i + 1);
    const end = close < 0 ? body.length : close;
    if (name !== '') attrs.set(name, body.slice(i + 1, end));
    i = end + 1;
  }
  return attrs;
}
