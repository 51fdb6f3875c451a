import { HTMLElement, NodeType, parse } from 'node-html-parser';
import type { Node } from 'node-html-parser';
import { IMPORT_LIMITS } from '../config/limits';
import type { WordListNumber } from './docx-numbering';
import { ImportError } from './errors';
import { DEPTH_STYLES, listLabel, styleFromHtmlType } from './numbering';

export interface HtmlOptions {
  /**
   * Word keeps counting a list across the paragraphs that interrupt it (mammoth emits a new
   * <ol> after each interruption), so DOCX input continues top-level numbering; real HTML
   * restarts each <ol> at its `start`, as a browser does.
   */
  readonly continueTopLevelLists?: boolean;
  /**
   * The numbers Word shows, one per <li> in document order (from numbering.xml: formats, start
   * values, restarts). Used only when there is exactly one per <li>; otherwise lists are numbered
   * by nesting level.
   */
  readonly listNumbers?: readonly WordListNumber[];
}

export interface HtmlText {
  readonly text: string;
  readonly warnings: string[];
}

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe']);
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'blockquote',
  'table', 'tr', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'pre', 'hr', 'figure', 'figcaption',
  'address', 'center', 'body', 'html',
]); // prettier-ignore
const DEEPEST = DEPTH_STYLES.length - 1;

/** Walks the DOM and writes one line per block, list items prefixed with their number. */
class Writer {
  readonly lines: string[] = [];
  readonly warnings: string[] = [];
  private line = '';
  private topCounter = 0;
  private depth = -1;
  private item = 0;

  constructor(private readonly options: HtmlOptions) {}

  flush(): void {
    const text = this.line.replace(/\s+/gu, ' ').trim();
    if (text !== '') this.lines.push(text);
    this.line = '';
  }

  walk(node: Node): void {
    if (node.nodeType === NodeType.TEXT_NODE) {
      this.line += node.text; // .text decodes entities
      return;
    }
    if (!(node instanceof HTMLElement)) return; // comments
    const tag = node.rawTagName?.toLowerCase() ?? '';
    if (SKIPPED.has(tag)) return;
    if (tag === 'br') return this.flush();
    if (/^h[1-6]$/u.test(tag)) return this.heading(node, Number(tag[1]));
    if (tag === 'ol' || tag === 'ul') return this.list(node, tag === 'ol');
    const block = BLOCKS.has(tag) || tag === 'td' || tag === 'th';
    if (block) this.flush();
    for (const child of node.childNodes) this.walk(child);
    if (tag === 'td' || tag === 'th') this.line += ' ';
    else if (block) this.flush();
  }

  private heading(node: HTMLElement, level: number): void {
    this.flush();
    // Markdown-style so segment() skips unnumbered headings and still reads "## 3. Title".
    this.line = `${'#'.repeat(level)} `;
    for (const child of node.childNodes) this.walk(child);
    if (this.line.trim() === '#'.repeat(level)) this.line = '';
    this.flush();
  }

  private list(node: HTMLElement, ordered: boolean): void {
    this.flush();
    this.depth++;
    const depth = this.depth;
    if (depth > DEEPEST && ordered) {
      this.warnings.push('lists nested deeper than 3 levels are kept as text of the point above');
    }
    const style =
      styleFromHtmlType(node.getAttribute('type')) ?? DEPTH_STYLES[Math.min(depth, DEEPEST)]!;
    const start = Number.parseInt(node.getAttribute('start') ?? '', 10);
    const continueTop = depth === 0 && this.options.continueTopLevelLists === true;
    let n = Number.isFinite(start) ? start - 1 : continueTop ? this.topCounter : 0;
    for (const item of node.childNodes) {
      const isItem = item instanceof HTMLElement && item.rawTagName?.toLowerCase() === 'li';
      if (!isItem) {
        this.walk(item);
        continue;
      }
      const value = Number.parseInt(item.getAttribute('value') ?? '', 10);
      n = Number.isFinite(value) ? value : n + 1;
      const word = this.options.listNumbers?.[this.item++];
      if (word?.style) n = word.n;
      this.flush();
      if (!ordered || depth > DEEPEST) this.line = '- ';
      else this.line = `${listLabel(n, word?.style ?? style, depth)} `;
      for (const child of item.childNodes) this.walk(child);
      this.flush();
    }
    if (ordered && continueTop) this.topCounter = n;
    this.depth--;
  }
}

/**
 * Turns an HTML page (or mammoth's rendering of a Word file) into numbered plain text:
 * <ol>/<li> numbers written out per nesting level, headings as `#` lines, paragraphs and table
 * rows as lines; script, style and the <head> dropped. The <title> is the first line when the
 * body has no <h1>.
 */
export function htmlToText(html: string, options: HtmlOptions = {}): HtmlText {
  // Unclosed elements stay where they were opened (as a browser keeps them), rather than being
  // re-parented one level at a time at the end, which costs depth × children: 280 KB of
  // unclosed tags took 21 s that way.
  const root = parse(withoutComments(html), {
    comment: false,
    blockTextElements: { pre: true },
    parseNoneClosedTags: true,
  });
  checkDepth(root, IMPORT_LIMITS.maxNestingDepth);
  const items = options.listNumbers === undefined ? 0 : root.querySelectorAll('li').length;
  const writer = new Writer(
    options.listNumbers !== undefined && options.listNumbers.length !== items
      ? { ...options, listNumbers: undefined }
      : options,
  );
  const title = root.querySelector('title')?.text.replace(/\s+/gu, ' ').trim();
  if (title && root.querySelector('h1') === null) writer.lines.push(title);
  writer.walk(root);
  writer.flush();
  // An empty "- " or "3. " line is an empty list item: keep the number so the count matches.
  return { text: writer.lines.join('\n') + '\n', warnings: [...new Set(writer.warnings)] };
}

/**
 * Comments, `<!…>` and `<?…>` removed in one pass, as a browser reads them: a comment ends at
 * `-->` (an unclosed one runs to the end), a bogus comment (`<!DOCTYPE`, `<![CDATA[`, `<?xml`)
 * at the next `>`. The parser's own comment pattern rescans to the end for each unclosed
 * `<!--`, which is quadratic in their number.
 */
export function withoutComments(html: string): string {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const next = html.charCodeAt(lt + 1);
    if (next !== 0x21 /* ! */ && next !== 0x3f /* ? */) {
      out.push(html.slice(i, lt + 1));
      i = lt + 1;
      continue;
    }
    out.push(html.slice(i, lt));
    const comment = html.startsWith('<!--', lt);
    const end = comment ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt + 2);
    if (end < 0) return out.join('');
    i = end + (comment ? 3 : 1);
  }
  out.push(html.slice(i));
  return out.join('');
}

/** Refuses a tree nested deeper than `max` (walked without recursion, so no stack overflow). */
function checkDepth(root: HTMLElement, max: number): void {
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > max) {
      throw new ImportError(
        'too-deep',
        `HTML elements are nested more than ${max} deep (unclosed tags?); refused as malformed`,
      );
    }
    for (const child of node.childNodes) {
      if (child.childNodes.length > 0) stack.push([child, depth + 1]);
    }
  }
}
