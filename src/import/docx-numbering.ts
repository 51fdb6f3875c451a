import { strFromU8 } from 'fflate';
import type { ListStyle } from './numbering';
import { scanXml } from './xml-scan';

/** The number Word shows for one list paragraph; `style` null when it is not a counted number. */
export interface WordListNumber {
  readonly n: number;
  readonly style: ListStyle | null;
}

interface Level {
  readonly start: number;
  readonly style: ListStyle | null;
  readonly bullet: boolean;
}

interface Num {
  readonly abstractId: string;
  /** Level → start value from a <w:lvlOverride><w:startOverride>: a list restarted there. */
  readonly startOverrides: ReadonlyMap<number, number>;
}

const FORMATS: Readonly<Record<string, ListStyle>> = {
  decimal: 'decimal',
  decimalZero: 'decimal',
  lowerLetter: 'lower-alpha',
  upperLetter: 'upper-alpha',
  lowerRoman: 'lower-roman',
  upperRoman: 'upper-roman',
};

/**
 * What mammoth does not expose: the numbers Word itself would show, read from numbering.xml
 * (each level's format and start, restarts by <w:startOverride>) and the order of numbered
 * paragraphs in document.xml, one entry per paragraph mammoth turns into an <li>. Returns
 * undefined when the document has no numbering part or uses something this reader does not
 * follow (numbering from paragraph styles); the caller then numbers by nesting level. Both parts
 * come already inflated (by checkZip) and are read with a linear scanner: no regular expression
 * runs over a whole document, so an unclosed paragraph costs nothing extra.
 */
export function wordListNumbers(
  documentXml: Uint8Array | undefined,
  numberingXml: Uint8Array | undefined,
): WordListNumber[] | undefined {
  if (numberingXml === undefined || documentXml === undefined) return undefined;
  const { abstracts, nums } = readNumbering(strFromU8(numberingXml));
  if ([...abstracts.values()].some((a) => a.styled)) return undefined;
  const counters = new Map<string, number[]>();
  const out: WordListNumber[] = [];
  for (const { numId, ilvl } of numberedParagraphs(strFromU8(documentXml))) {
    const num = numId === undefined ? undefined : nums.get(numId);
    const abstract = num === undefined ? undefined : abstracts.get(num.abstractId);
    const level = abstract?.levels.get(ilvl);
    // mammoth: not a list paragraph.
    if (num === undefined || abstract === undefined || level === undefined) continue;
    // Instances of one abstract list share its counters unless they restart (Word's rule).
    const key = num.startOverrides.size > 0 ? `num:${numId}` : `abs:${num.abstractId}`;
    let c = counters.get(key);
    if (c === undefined) {
      c = Array.from({ length: 9 }, (_, l) => startOf(abstract.levels.get(l), num, l) - 1);
      counters.set(key, c);
    }
    c[ilvl] = (c[ilvl] ?? 0) + 1;
    for (let deeper = ilvl + 1; deeper < c.length; deeper++) {
      c[deeper] = startOf(abstract.levels.get(deeper), num, deeper) - 1;
    }
    out.push({ n: c[ilvl], style: level.bullet ? null : level.style });
  }
  return out;
}

/**
 * Each paragraph's own numbering (<w:p><w:pPr><w:numPr>), in document order. A tracked change's
 * former properties (<w:pPrChange>) sit deeper than pPr's direct children and are not read.
 */
function numberedParagraphs(xml: string): { numId: string | undefined; ilvl: number }[] {
  const out: { numId: string | undefined; ilvl: number }[] = [];
  let current: { numId: string | undefined; ilvl: number } | undefined;
  const under = (path: readonly string[], ...names: string[]): boolean =>
    names.every((n, k) => path[path.length - names.length + k] === n);
  scanXml(xml, {
    open(name, attrs, path) {
      if (name === 'w:numPr' && under(path, 'w:p', 'w:pPr')) {
        current = { numId: undefined, ilvl: 0 };
        out.push(current);
      } else if (current !== undefined && under(path, 'w:p', 'w:pPr', 'w:numPr')) {
        if (name === 'w:numId') current.numId = attrs.get('w:val');
        else if (name === 'w:ilvl') current.ilvl = Number(attrs.get('w:val') ?? '0');
      }
    },
    close(name) {
      if (name === 'w:numPr') current = undefined;
    },
  });
  return out.filter((p) => p.numId !== undefined);
}

function startOf(level: Level | undefined, num: Num, ilvl: number): number {
  return num.startOverrides.get(ilvl) ?? level?.start ?? 1;
}

interface Abstract {
  levels: Map<number, Level>;
  styled: boolean;
}

/** numbering.xml: abstract lists (levels: format, start) and the list instances that use them. */
function readNumbering(xml: string): { abstracts: Map<string, Abstract>; nums: Map<string, Num> } {
  const abstracts = new Map<string, Abstract>();
  const nums = new Map<string, Num>();
  let abstract: Abstract | undefined;
  let level: { ilvl: number; format: string; start: number; styled: boolean } | undefined;
  let num: { id: string; abstractId?: string; overrides: Map<number, number> } | undefined;
  let override: number | undefined;
  scanXml(xml, {
    open(name, attrs) {
      const val = attrs.get('w:val');
      if (name === 'w:abstractNum') {
        abstract = { levels: new Map(), styled: false };
        abstracts.set(attrs.get('w:abstractNumId') ?? '', abstract);
      } else if (name === 'w:numStyleLink' && abstract !== undefined) {
        abstract.styled = true;
      } else if (name === 'w:lvl' && abstract !== undefined) {
        const ilvl = attrs.get('w:ilvl');
        level = /^\d+$/u.test(ilvl ?? '')
          ? { ilvl: Number(ilvl), format: 'decimal', start: 1, styled: false }
          : undefined;
      } else if (level !== undefined && val !== undefined) {
        if (name === 'w:numFmt') level.format = val;
        else if (name === 'w:start') level.start = Number(val);
        else if (name === 'w:pStyle') level.styled = true;
      } else if (name === 'w:num') {
        const id = attrs.get('w:numId');
        num = id === undefined ? undefined : { id, overrides: new Map() };
      } else if (num !== undefined && name === 'w:abstractNumId' && val !== undefined) {
        num.abstractId = val;
      } else if (num !== undefined && name === 'w:lvlOverride') {
        const ilvl = attrs.get('w:ilvl');
        override = /^\d+$/u.test(ilvl ?? '') ? Number(ilvl) : undefined;
      } else if (override !== undefined && name === 'w:startOverride' && val !== undefined) {
        num?.overrides.set(override, Number(val));
      }
    },
    close(name) {
      if (name === 'w:lvl' && level !== undefined && abstract !== undefined) {
        if (level.styled) abstract.styled = true;
        abstract.levels.set(level.ilvl, {
          start: level.start,
          style: FORMATS[level.format] ?? null,
          bullet: level.format === 'bullet',
        });
        level = undefined;
      } else if (name === 'w:abstractNum') {
        abstract = undefined;
      } else if (name === 'w:lvlOverride') {
        override = undefined;
      } else if (name === 'w:num' && num !== undefined) {
        if (num.abstractId !== undefined) {
          nums.set(num.id, { abstractId: num.abstractId, startOverrides: num.overrides });
        }
        num = undefined;
      }
    },
  });
  return { abstracts, nums };
}
