import { scanTags } from './xml-scan';

/**
 * Word's tracked changes (w:ins, w:del, w:moveFrom, w:moveTo, and the same on paragraph marks
 * and table rows), read and resolved without a DOM: one forward pass over the tags of
 * document.xml (scanTags), copying slices of the source, so the cost is the document's length
 * whatever it holds. Formatting history (w:rPrChange, w:pPrChange, …) carries no text and is
 * dropped in both views.
 */
export type TextView = 'accepted' | 'original';

const REVISION_TAGS = new Set(['w:ins', 'w:del', 'w:moveFrom', 'w:moveTo']);
const HISTORY = new Set([
  'w:rPrChange',
  'w:pPrChange',
  'w:sectPrChange',
  'w:tblPrChange',
  'w:tblPrExChange',
  'w:trPrChange',
  'w:tcPrChange',
  'w:tblGridChange',
  'w:numberingChange',
]);
const RANGE_MARKERS = new Set([
  'w:moveFromRangeStart',
  'w:moveFromRangeEnd',
  'w:moveToRangeStart',
  'w:moveToRangeEnd',
]);
/** Empty markers that may stand between a joined paragraph and the one it joins. */
const BETWEEN_PARAGRAPHS = new Set([
  ...RANGE_MARKERS,
  'w:bookmarkStart',
  'w:bookmarkEnd',
  'w:proofErr',
  'w:commentRangeStart',
  'w:commentRangeEnd',
]);
const RENAMED: Readonly<Record<string, string>> = {
  'w:delText': 'w:t',
  'w:delInstrText': 'w:instrText',
};

/** Whether content (or a paragraph mark, or a row) under this revision is gone in the view. */
function gone(view: TextView, name: string): boolean {
  return view === 'accepted'
    ? name === 'w:del' || name === 'w:moveFrom'
    : name === 'w:ins' || name === 'w:moveTo';
}

interface Open {
  readonly name: string;
  /** False for what is not written: revision wrappers (their content stays), markers. */
  readonly writeClose: boolean;
  /** Where this element's content goes, and its length before the element's tag. */
  readonly sink: string[];
  readonly sinkAt: number;
  /** A paragraph whose mark is gone: its content waits for the next paragraph. */
  readonly joins?: boolean;
  /** A paragraph with its mark that takes in the waiting content after its properties. */
  takesWaiting?: boolean;
}

/**
 * Paragraphs (by order of their w:p tags) whose mark is gone in the view: a paragraph mark
 * inserted (rejected) or deleted (accepted), or moved away. Read in a first pass, because the
 * mark sits in the paragraph's properties, before the content it decides about.
 */
function joiningParagraphs(xml: string, view: TextView): Set<number> {
  const joins = new Set<number>();
  const path: string[] = [];
  const paragraphs: number[] = [];
  let count = 0;
  scanTags(xml, (tag) => {
    if (tag.kind === 'close') {
      const at = path.lastIndexOf(tag.name);
      if (at < 0) return;
      while (path.length > at) if (path.pop() === 'w:p') paragraphs.pop();
      return;
    }
    if (tag.name === 'w:p') count++;
    const n = path.length;
    if (
      REVISION_TAGS.has(tag.name) &&
      gone(view, tag.name) &&
      path[n - 1] === 'w:rPr' &&
      path[n - 2] === 'w:pPr' &&
      path[n - 3] === 'w:p'
    ) {
      joins.add(paragraphs[paragraphs.length - 1]!);
    }
    if (tag.kind === 'open') {
      path.push(tag.name);
      if (tag.name === 'w:p') paragraphs.push(count);
    }
  });
  return joins;
}

/**
 * document.xml with every tracked change accepted ('accepted') or rejected ('original'), and no
 * revision markup left: what Word shows after Accept All or Reject All. A paragraph whose mark
 * is gone joins the next paragraph, which keeps its own properties (as Word and mammoth do); a
 * table row inserted (or deleted) goes with its cells.
 */
export function resolveRevisions(xml: string, view: TextView): string {
  const joins = joiningParagraphs(xml, view);
  const out: string[] = [];
  let waiting: string[] = [];
  const stack: Open[] = [];
  let from = 0;
  let paragraphs = 0;
  // While `drop` is set (the depth of an element), nothing is written: the element goes with
  // all it holds. `joinAt`: content of a joined paragraph waits at this depth for the next one.
  let drop = -1;
  let joinAt = -1;
  const sink = (): string[] => stack[stack.length - 1]?.sink ?? out;
  const flushWaiting = (): void => {
    const p = stack[stack.length - 1];
    if (p?.takesWaiting !== true) return;
    p.takesWaiting = false;
    for (const chunk of waiting) p.sink.push(chunk);
    waiting = [];
  };
  const endJoin = (): void => {
    // Nothing followed to take the waiting content: it stands as a paragraph of its own.
    if (joinAt < 0) return;
    joinAt = -1;
    if (waiting.length === 0) return;
    const into = sink();
    into.push('<w:p>');
    for (const chunk of waiting) into.push(chunk);
    into.push('</w:p>');
    waiting = [];
  };
  scanTags(xml, (tag) => {
    if (drop < 0 && tag.start > from) sink().push(xml.slice(from, tag.start));
    from = tag.end;
    if (tag.kind === 'close') {
      const at = findOpen(stack, tag.name);
      if (at < 0) return; // a stray closer: ignored, as scanXml does
      if (drop < 0) endJoin();
      while (stack.length > at) {
        const depth = stack.length;
        if (drop < 0) flushWaiting();
        const open = stack.pop()!;
        if (drop < 0 && open.writeClose) sink().push(`</${RENAMED[open.name] ?? open.name}>`);
        if (drop < 0 && open.name === 'w:pPr') flushWaiting();
        if (drop < 0 && open.joins === true) joinAt = stack.length;
        if (drop === depth) drop = -1;
      }
      return;
    }
    const empty = tag.kind === 'empty';
    const paragraph = tag.name === 'w:p' ? ++paragraphs : 0;
    const enter = (
      writeClose: boolean,
      into: string[] = sink(),
      extra: Partial<Open> = {},
    ): void => {
      if (!empty) {
        stack.push({ name: tag.name, writeClose, sink: into, sinkAt: into.length, ...extra });
      }
    };
    if (drop >= 0) return enter(false);
    const continues = joinAt >= 0 && paragraph > 0 && stack.length === joinAt;
    if (joinAt >= 0 && !continues) {
      if (empty && BETWEEN_PARAGRAPHS.has(tag.name)) return;
      endJoin();
    }
    joinAt = -1;
    if (paragraph > 0 && joins.has(paragraph)) {
      // Its properties and tags are not written; its content waits for the next paragraph.
      return enter(false, waiting, { joins: true });
    }
    if (tag.name !== 'w:pPr') flushWaiting();
    if (tag.name === 'w:pPr' && stack[stack.length - 1]?.joins === true) {
      enter(false);
      if (!empty) drop = stack.length;
      return;
    }
    const isMarker =
      REVISION_TAGS.has(tag.name) &&
      (stack[stack.length - 1]?.name === 'w:rPr' || stack[stack.length - 1]?.name === 'w:trPr');
    if (isMarker && stack[stack.length - 1]?.name === 'w:trPr' && gone(view, tag.name)) {
      const row = findOpen(stack, 'w:tr');
      if (row >= 0) {
        // The row is gone with its cells: take back what was written of it, drop the rest.
        stack[row]!.sink.length = stack[row]!.sinkAt;
        enter(false);
        drop = row + 1;
        return;
      }
    }
    if (
      isMarker ||
      HISTORY.has(tag.name) ||
      RANGE_MARKERS.has(tag.name) ||
      (REVISION_TAGS.has(tag.name) && gone(view, tag.name))
    ) {
      // Markers, formatting history and content gone in this view: nothing of them is written.
      enter(false);
      if (!empty) drop = stack.length;
      return;
    }
    if (REVISION_TAGS.has(tag.name)) return enter(false); // content kept, its wrapper not
    const renamed = RENAMED[tag.name];
    const source = xml.slice(tag.start, tag.end);
    const into = sink();
    const at = into.length;
    if (continues && empty) {
      // An empty paragraph that takes in joined content is written out in full.
      into.push(`${source.slice(0, -2)}>`);
      for (const chunk of waiting) into.push(chunk);
      into.push('</w:p>');
      waiting = [];
      return;
    }
    into.push(renamed === undefined ? source : `<${renamed}${source.slice(1 + tag.name.length)}`);
    if (!empty) {
      const takesWaiting = continues && waiting.length > 0;
      stack.push({ name: tag.name, writeClose: true, sink: into, sinkAt: at, takesWaiting });
    }
  });
  if (drop < 0 && xml.length > from) sink().push(xml.slice(from));
  endJoin();
  return out.join('');
}

function findOpen(stack: readonly Open[], name: string): number {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.name === name) return i;
  return -1;
}
