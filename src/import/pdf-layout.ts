import { IMPORT_LIMITS } from '../config/limits';
import { ImportError } from './errors';

/** Positioned text of one PDF page, as pdfjs reports it (PDF units, y grows upwards). */
export interface PdfItem {
  readonly s: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly items: readonly PdfItem[];
}

interface Line {
  text: string;
  readonly y: number;
  readonly left: number;
  right: number;
}

/** How many lines at the top and at the bottom of a page may be running heads or page numbers. */
const EDGE_LINES = 2;

/**
 * Rebuilds the running text of a PDF: lines from positioned items, running headers and
 * footers (the same line, digits aside, at the top or bottom of most pages) and bare page
 * numbers dropped, lines broken inside a sentence joined (so a wrapped "…of 10 November /
 * 2025. Both…" never looks like point 2025), and end-of-line hyphenation undone. Returns one
 * paragraph-ish line per output line; segment() does the rest.
 */
export function layoutPdfText(pages: readonly PdfPage[]): string {
  let runs = 0;
  for (const page of pages) runs += page.items.length;
  if (pages.length > IMPORT_LIMITS.maxPdfPages || runs > IMPORT_LIMITS.maxPdfRuns) {
    throw new ImportError(
      'too-complex',
      `PDF has ${pages.length} pages and ${runs} text runs; the limits are ${IMPORT_LIMITS.maxPdfPages} pages and ${IMPORT_LIMITS.maxPdfRuns} runs`,
    );
  }
  const pageLines = pages.map(pageToLines);
  const running = runningLines(pageLines);
  const kept: Line[] = [];
  for (const lines of pageLines) {
    lines.forEach((line, i) => {
      const atEdge = i < EDGE_LINES || i >= lines.length - EDGE_LINES;
      const isRunning = running.has(shape(line.text)) && !LABEL_START.test(line.text);
      if (atEdge && (isRunning || isPageNumber(line.text))) return;
      kept.push(line);
    });
  }
  return joinLines(kept, hyphenatedWords(kept)) + '\n';
}

function pageToLines(page: PdfPage): Line[] {
  const items = [...page.items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  // A line's runs are collected and joined once: appending to the line's string and testing its
  // last character with a regex flattens the whole string per run, quadratic in runs per line.
  let parts: string[] = [];
  let endsInSpace = false;
  const close = (): void => {
    const last = lines[lines.length - 1];
    if (last !== undefined) last.text = parts.join('');
  };
  for (const item of items) {
    const last = lines[lines.length - 1];
    const tolerance = Math.max(2, item.h * 0.5);
    if (last !== undefined && Math.abs(last.y - item.y) <= tolerance) {
      if (parts.length >= IMPORT_LIMITS.maxRunsPerLine) {
        throw new ImportError(
          'too-complex',
          `a PDF line holds more than ${IMPORT_LIMITS.maxRunsPerLine} text runs; refused as malformed`,
        );
      }
      // pdfjs splits a line into runs; a visible gap between runs is a space.
      const gap = item.x - last.right;
      const spaced = endsInSpace || /^\s/u.test(item.s);
      parts.push(!spaced && gap > item.h * 0.15 ? ` ${item.s}` : item.s);
      last.right = Math.max(last.right, item.x + item.w);
    } else {
      close();
      parts = [item.s];
      lines.push({ text: '', y: item.y, left: item.x, right: item.x + item.w });
    }
    endsInSpace = /\s$/u.test(item.s) || (endsInSpace && item.s === '');
  }
  close();
  for (const line of lines) line.text = line.text.replace(/\s+/gu, ' ').trim();
  return lines.filter((line) => line.text !== '');
}

/** A line that opens a point ("3. …", "(b) …") is content, however alike its neighbours look. */
const LABEL_START = /^\(?(?:\d{1,4}|\p{L})[.)]\s/u;

/** A line with its digits masked, so "Draft — page 3" matches "Draft — page 4". */
function shape(text: string): string {
  return text.toLowerCase().replace(/\d+/gu, '#');
}

/** Lines that recur at a page's top or bottom edge on at least 60 % of the pages (and ≥ 2). */
function runningLines(pageLines: readonly Line[][]): Set<string> {
  const counts = new Map<string, number>();
  for (const lines of pageLines) {
    const edges = new Set(
      [...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)].map((l) => shape(l.text)),
    );
    for (const s of edges) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pageLines.length * 0.6));
  return new Set([...counts].filter(([, n]) => n >= needed).map(([s]) => s));
}

/** "7", "- 7 -", "Page 7 of 12", "Стор. 7", "Стр. 7 из 12", "vii". Not "7." (a point label). */
export function isPageNumber(text: string): boolean {
  return /^(?:(?:page|p\.|сторінка|стор\.|страница|стр\.|с\.)\s*)?[-–—]?\s*(?:\d{1,4}|[ivxlc]{1,7})\s*[-–—]?(?:\s*(?:of|\/|з|із|из)\s*\d{1,4})?$/iu.test(
    text.trim(),
  );
}

/** Hyphenated words written whole somewhere in the text ("long-term"): their hyphen is real. */
function hyphenatedWords(lines: readonly Line[]): Set<string> {
  // Split, not a backtracking /\p{L}+(?:-\p{L}+)+/, which is quadratic on a long letter run.
  const words = new Set<string>();
  for (const line of lines) {
    if (!line.text.includes('-')) continue;
    for (const token of line.text.split(/[^\p{L}-]+/u)) {
      let run: string[] = [];
      for (const group of [...token.split('-'), '']) {
        if (group !== '') {
          run.push(group);
          continue;
        }
        if (run.length >= 2) words.add(run.join('-').toLowerCase());
        run = [];
      }
    }
  }
  return words;
}

const SENTENCE_END = /[.;:!?)»"”]$/u;
const YEAR_START = /^(?:1[89]|20)\d\d\b/u;

function joinLines(lines: readonly Line[], hyphenated: Set<string>): string {
  // Each output line is kept as its parts (the input lines joined into it), and only the last
  // part is tested: a paragraph wrapped over thousands of lines stays linear to build.
  const out: string[][] = [];
  let widest = 0;
  for (const l of lines) widest = Math.max(widest, l.right);
  let prev: Line | undefined;
  let lastPoint = 0; // the last "N." that opened a line, to tell point 1800 from the year 1800
  for (const line of lines) {
    const parts = out[out.length - 1];
    const point = /^(\d{1,4})[.)]\s/u.exec(line.text);
    if (prev === undefined || parts === undefined) {
      out.push([line.text]);
      if (point) lastPoint = Number(point[1]);
      prev = line;
      continue;
    }
    const current = parts[parts.length - 1]!;
    // A line ending in a hyphen always continues: "nego-/tiation" loses the hyphen (unless the
    // word is written hyphenated elsewhere), "Franco-/German" and "pre-/2022" keep it.
    const hyphen = /\p{L}[-\u00ad]$/u.test(current);
    const broken = hyphen && /^\p{Ll}/u.test(line.text);
    // A line that runs to the right margin without ending a sentence wraps into the next one.
    // So does a line that starts with a year after an unfinished one ("10 November / 2025."):
    // read alone it would become point 2025.
    const open = !SENTENCE_END.test(current);
    const full = prev.right >= widest * 0.85 && !LABEL_START.test(line.text);
    const year = YEAR_START.test(line.text) && Number(point?.[1]) !== lastPoint + 1;
    const wrapped = open && (full || year);
    if (broken) {
      parts[parts.length - 1] = dehyphenate(current, line.text, hyphenated);
      parts.push(line.text);
    } else if (hyphen) {
      parts[parts.length - 1] = current.replace(/\u00ad$/u, '');
      parts.push(line.text);
    } else if (wrapped) {
      parts.push(' ', line.text);
    } else {
      out.push([line.text]);
      if (point) lastPoint = Number(point[1]);
    }
    prev = line;
  }
  return out.map((parts) => parts.join('')).join('\n');
}

/**
 * The line before a broken word, ready for its continuation: "nego-" + "tiation" → "nego"
 * (read "negotiation"), but "long-" + "term" keeps "long-" if "long-term" is seen whole.
 */
function dehyphenate(current: string, next: string, hyphenated: Set<string>): string {
  const head = /(\p{L}+(?:-\p{L}+)*)[-\u00ad]$/u.exec(current)?.[1] ?? '';
  const tail = /^\p{L}+/u.exec(next)?.[0] ?? '';
  const softHyphen = current.endsWith('\u00ad');
  const keep = !softHyphen && hyphenated.has(`${head}-${tail}`.toLowerCase());
  return current.slice(0, -1) + (keep ? '-' : '');
}
