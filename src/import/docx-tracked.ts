import type { VersionText } from '../engine';
import { IMPORT_LIMITS } from '../config/limits';
import type { TrackedChange } from './types';
import { scanTags } from './xml-scan';

/**
 * Who changed what in a Word file with tracked changes: every w:ins / w:del / w:moveFrom /
 * w:moveTo holding text, with its w:author and w:date, the text it holds and the paragraph it
 * stands in, plus each paragraph's text as accepted and as original, so a change can be placed
 * in a clause of the version that holds its text. One forward pass over the tags.
 */
export interface TrackedReading {
  /** Revisions of any kind seen, paragraph marks and table rows included. */
  readonly count: number;
  readonly changes: readonly RawChange[];
  /** Changes beyond the limit were counted, not kept. */
  readonly truncated: boolean;
  readonly paragraphs: { readonly accepted: string; readonly original: string }[];
}

export interface RawChange {
  readonly kind: TrackedChange['kind'];
  readonly author: string | null;
  readonly date: string | null;
  text: string;
  readonly paragraph: number;
}

const KINDS: Readonly<Record<string, TrackedChange['kind']>> = {
  'w:ins': 'insertion',
  'w:del': 'deletion',
  'w:moveFrom': 'move-from',
  'w:moveTo': 'move-to',
};
const TEXT = new Set(['w:t', 'w:delText']);

export function readTracked(xml: string): TrackedReading {
  const changes: RawChange[] = [];
  const paragraphs: { accepted: string; original: string }[] = [];
  const open: (RawChange | undefined)[] = [];
  const path: string[] = [];
  let count = 0;
  let truncated = false;
  // Inside how many wrappers whose content is gone when accepted (del, moveFrom) or rejected.
  let goneAccepted = 0;
  let goneOriginal = 0;
  let textFrom = -1;
  const paragraph = (): { accepted: string; original: string } | undefined =>
    paragraphs[paragraphs.length - 1];
  const add = (s: string): void => {
    const p = paragraph();
    if (p === undefined || s === '') return;
    if (goneAccepted === 0) p.accepted += s;
    if (goneOriginal === 0) p.original += s;
    const inner = open[open.length - 1];
    if (inner !== undefined) inner.text += s;
  };
  scanTags(xml, (tag) => {
    if (tag.kind === 'close') {
      const at = path.lastIndexOf(tag.name);
      if (at < 0) return;
      while (path.length > at) {
        const name = path.pop()!;
        if (TEXT.has(name) && textFrom >= 0) {
          add(decodeEntities(xml.slice(textFrom, tag.start)));
          textFrom = -1;
        }
        if (KINDS[name] !== undefined && isWrapper(path)) {
          open.pop();
          if (name === 'w:del' || name === 'w:moveFrom') goneAccepted--;
          else goneOriginal--;
        }
      }
      return;
    }
    const kind = KINDS[tag.name];
    if (kind !== undefined) count++;
    if (tag.name === 'w:p') paragraphs.push({ accepted: '', original: '' });
    else if (path[path.length - 1] === 'w:r') {
      // In a run: tab stops in paragraph properties are also called w:tab.
      if (tag.name === 'w:tab') add('\t');
      else if (tag.name === 'w:br' || tag.name === 'w:cr') add(' ');
    }
    if (tag.kind === 'empty') return;
    if (kind !== undefined && isWrapper(path)) {
      let change: RawChange | undefined;
      if (changes.length < IMPORT_LIMITS.maxTrackedChanges) {
        change = {
          kind,
          author: attr(tag.attrs.get('w:author')),
          date: attr(tag.attrs.get('w:date')),
          text: '',
          paragraph: paragraphs.length - 1,
        };
        changes.push(change);
      } else truncated = true;
      open.push(change);
      if (tag.name === 'w:del' || tag.name === 'w:moveFrom') goneAccepted++;
      else goneOriginal++;
    }
    if (TEXT.has(tag.name)) textFrom = tag.end;
    path.push(tag.name);
  });
  return { count, changes: joinRuns(changes.filter((c) => c.text !== '')), truncated, paragraphs };
}

/** A revision wrapping content, not a marker on a paragraph mark or table row. */
function isWrapper(path: readonly string[]): boolean {
  const parent = path[path.length - 1];
  return parent !== 'w:rPr' && parent !== 'w:trPr';
}

function attr(value: string | undefined): string | null {
  if (value === undefined) return null;
  const text = decodeEntities(value).trim();
  return text === '' ? null : text;
}

/** Word splits one edit into a wrapper per run; consecutive pieces of one edit are one change. */
function joinRuns(changes: readonly RawChange[]): RawChange[] {
  const out: RawChange[] = [];
  for (const c of changes) {
    const last = out[out.length - 1];
    if (
      last !== undefined &&
      last.kind === c.kind &&
      last.author === c.author &&
      last.date === c.date &&
      last.paragraph === c.paragraph
    ) {
      last.text += c.text;
    } else out.push({ ...c });
  }
  return out;
}

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** XML's five named entities and numeric references; anything else is left as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

/**
 * Each change placed in a clause: insertions and the new ends of moves in the accepted version,
 * deletions and old ends of moves in the original. A paragraph's text is looked for among the
 * clauses after the one the previous paragraph was found in (documents are read in order), in a
 * bounded window, so placing costs at most a fixed number of comparisons per paragraph.
 */
export function placeChanges(
  reading: TrackedReading,
  accepted: VersionText,
  original: VersionText,
): TrackedChange[] {
  const inAccepted = clauseOfParagraphs(
    reading.paragraphs.map((p) => p.accepted),
    accepted,
  );
  const inOriginal = clauseOfParagraphs(
    reading.paragraphs.map((p) => p.original),
    original,
  );
  return reading.changes.map((c) => {
    const old = c.kind === 'deletion' || c.kind === 'move-from';
    const clause = (old ? inOriginal : inAccepted)[c.paragraph] ?? null;
    return {
      kind: c.kind,
      author: c.author,
      date: c.date,
      text: c.text,
      clause,
      version: old ? 'original' : 'accepted',
    };
  });
}

const WINDOW = 16;
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

function clauseOfParagraphs(
  paragraphs: readonly string[],
  version: VersionText,
): (string | undefined)[] {
  const texts = version.clauses.map((c) => squash(c.text));
  let at = 0;
  return paragraphs.map((raw) => {
    const text = squash(raw);
    if (text === '') return undefined;
    for (let k = at; k < Math.min(texts.length, at + WINDOW); k++) {
      const clause = texts[k]!;
      if (clause === '') continue;
      // A paragraph is a clause (numbered by Word), a clause with its typed number, or a part
      // of a clause that runs over several paragraphs.
      if (clause.includes(text) || text.endsWith(clause)) {
        at = k;
        return version.clauses[k]!.label;
      }
    }
    return undefined;
  });
}
