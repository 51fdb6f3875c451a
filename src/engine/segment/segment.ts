import { EngineError } from '../errors';
import { resolveLimits, type EngineLimits } from '../limits';
import { isAscii } from '../text/fold';
import type { Clause, VersionText } from '../types';
import { matchLabel, stripMarkdown, type LabelMatch } from './labels';

export interface SegmentOptions {
  readonly limits?: Partial<EngineLimits>;
}

interface Draft {
  label: string;
  parent?: string;
  lines: string[];
}

/** Numbering state while walking the lines of one document. */
interface Cursor {
  top?: string;
  /** Leading integer of the last numeric top label: bare numbers must continue it. */
  lastNumber?: number;
  dottedSeen?: boolean;
  letter?: string;
  letterLabel?: string;
}

function labelFor(match: LabelMatch, cursor: Cursor, seen: Map<string, number>): Draft {
  const parent =
    match.kind === 'letter'
      ? cursor.top
      : match.kind === 'roman-lower'
        ? (cursor.letterLabel ?? cursor.top)
        : match.kind === 'option'
          ? cursor.top
          : undefined;
  // `10a`, `10a.i`, `6 Option 1`: the joiner keeps the parts of a compound label readable.
  const joiner = match.kind === 'roman-lower' ? '.' : match.kind === 'option' ? ' ' : '';
  const label = uniqueLabel(
    parent === undefined ? match.token : `${parent}${joiner}${match.token}`,
    seen,
  );
  switch (match.kind) {
    case 'top':
      cursor.top = label;
      cursor.letter = undefined;
      cursor.letterLabel = undefined;
      if (match.number !== undefined) cursor.lastNumber = match.number;
      if (/^\d+\.\d/u.test(match.token)) cursor.dottedSeen = true;
      break;
    case 'letter':
      cursor.letter = match.token;
      cursor.letterLabel = label;
      break;
    case 'roman-lower':
    case 'option':
      break;
  }
  return parent === undefined
    ? { label, lines: [match.rest] }
    : { label, parent, lines: [match.rest] };
}

/** Duplicate labels (numbering restarting in an annex) get `#2`, `#3` so labels stay unique. */
function uniqueLabel(label: string, seen: Map<string, number>): string {
  const count = (seen.get(label) ?? 0) + 1;
  seen.set(label, count);
  return count === 1 ? label : `${label}#${count}`;
}

function isHeading(raw: string): boolean {
  return /^\s*#{1,6}\s/u.test(raw);
}

/**
 * Splits a plain-text or Markdown document into numbered clauses. The first non-blank line before
 * the first numbered point is the title; other preamble lines, blank lines and unnumbered Markdown
 * headings are not clauses. Lines that carry no label continue the clause above them (wrapped
 * paragraphs). A chapeau ("10. US guarantees:") stays a clause of its own, its sub-points
 * (`a)`, `(b)`) become `10a`, `10b` with `parent: "10"`.
 */
export function segment(text: string, options: SegmentOptions = {}): VersionText {
  const limits = resolveLimits(options.limits);
  if (text.length > limits.maxChars) {
    throw new EngineError(
      'input-too-large',
      `text has ${text.length} characters; the limit is ${limits.maxChars}`,
    );
  }
  // ASCII is its own NFC: skip the normaliser's pass over the whole document.
  const lines = (isAscii(text) ? text : text.normalize('NFC')).split(/\r\n|\r|\n|\u2028|\u2029/u);
  const drafts: Draft[] = [];
  const cursor: Cursor = {};
  const seen = new Map<string, number>();
  let title = '';
  // Labels past the limit are still counted (not stored), so the refusal can say how many.
  let overflow = 0;

  // Control characters (other than tab and line breaks) are noise from PDF or Word exports; one
  // test of the whole text spares a replace call per line when there are none (the usual case).
  const controls = CONTROL.test(text);
  for (const raw of lines) {
    const line = stripMarkdown(controls ? raw.replace(CONTROL_ALL, ' ') : raw);
    if (line === '') continue;
    const match = matchLabel(line, {
      previousLetter: cursor.letter,
      lastNumber: cursor.lastNumber,
      dottedSeen: cursor.dottedSeen,
    });
    if (match) {
      const draft = labelFor(match, cursor, seen);
      if (drafts.length < limits.maxClauses) drafts.push(draft);
      else overflow++;
      continue;
    }
    if (overflow > 0) continue;
    const current = drafts[drafts.length - 1];
    if (current === undefined) {
      if (title === '') title = line;
    } else if (!isHeading(raw)) {
      current.lines.push(line);
    }
  }
  if (overflow > 0) {
    const total = drafts.length + overflow;
    throw new EngineError(
      'too-many-clauses',
      `the text has ${total} numbered clauses: more than ${limits.maxClauses} clauses, the limit ` +
        'per version (EngineLimits.maxClauses); split the document or raise the limit',
    );
  }
  return { title, clauses: drafts.map((draft) => toClause(draft, limits)) };
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_ALL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

/** Whitespace other than a single plain space. */
const MESSY_SPACE = /[^\S ]| {2}/u;

function toClause(draft: Draft, limits: EngineLimits): Clause {
  const joined = draft.lines.length === 1 ? draft.lines[0]! : draft.lines.join(' ');
  // Most clauses hold only single plain spaces: then collapsing whitespace changes nothing, and
  // the test is far cheaper than a replace that rewrites every space.
  const text = (MESSY_SPACE.test(joined) ? joined.replace(/\s+/gu, ' ') : joined).trim();
  if (text.length > limits.maxClauseChars) {
    throw new EngineError(
      'clause-too-long',
      `clause ${draft.label} has ${text.length} characters; the limit is ${limits.maxClauseChars}`,
    );
  }
  return draft.parent === undefined
    ? { label: draft.label, text }
    : { label: draft.label, text, parent: draft.parent };
}
