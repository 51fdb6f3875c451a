import { strFromU8, unzipSync } from 'fflate';
import type { ListStyle } from './numbering';

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

const attr = (xml: string, name: string): string | undefined =>
  new RegExp(`<w:${name}\\b[^>]*\\bw:val="([^"]*)"`).exec(xml)?.[1];

/**
 * What mammoth does not expose: the numbers Word itself would show, read from numbering.xml
 * (each level's format and start, restarts by <w:startOverride>) and the order of numbered
 * paragraphs in document.xml, one entry per paragraph mammoth turns into an <li>. Returns
 * undefined when the document has no numbering part or uses something this reader does not
 * follow (numbering from paragraph styles); the caller then numbers by nesting level.
 */
export function wordListNumbers(docx: Uint8Array): WordListNumber[] | undefined {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(docx, {
      filter: (f) => f.name === 'word/document.xml' || f.name === 'word/numbering.xml',
    });
  } catch {
    return undefined; // mammoth reports the damage
  }
  const numberingXml = files['word/numbering.xml'];
  const documentXml = files['word/document.xml'];
  if (numberingXml === undefined || documentXml === undefined) return undefined;
  const { abstracts, nums } = readNumbering(strFromU8(numberingXml));
  if ([...abstracts.values()].some((a) => a.styled)) return undefined;
  const counters = new Map<string, number[]>();
  const out: WordListNumber[] = [];
  for (const [, p] of strFromU8(documentXml).matchAll(/<w:p[ >]([\s\S]*?)<\/w:p>/g)) {
    const props = /<w:pPr>([\s\S]*?)<\/w:pPr>/
      .exec(p!)?.[1]
      ?.replace(/<w:pPrChange[\s\S]*?<\/w:pPrChange>/g, '');
    const numPr =
      props === undefined ? undefined : /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(props)?.[1];
    if (numPr === undefined) continue;
    const numId = attr(numPr, 'numId');
    const ilvl = Number(attr(numPr, 'ilvl') ?? '0');
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

function startOf(level: Level | undefined, num: Num, ilvl: number): number {
  return num.startOverrides.get(ilvl) ?? level?.start ?? 1;
}

function readNumbering(xml: string): {
  abstracts: Map<string, { levels: Map<number, Level>; styled: boolean }>;
  nums: Map<string, Num>;
} {
  const abstracts = new Map<string, { levels: Map<number, Level>; styled: boolean }>();
  for (const m of xml.matchAll(
    /<w:abstractNum\b[^>]*w:abstractNumId="([^"]*)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g,
  )) {
    const levels = new Map<number, Level>();
    let styled = /<w:numStyleLink\b/.test(m[2]!);
    for (const l of m[2]!.matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      const format = attr(l[2]!, 'numFmt') ?? 'decimal';
      if (attr(l[2]!, 'pStyle') !== undefined) styled = true;
      levels.set(Number(l[1]), {
        start: Number(attr(l[2]!, 'start') ?? '1'),
        style: FORMATS[format] ?? null,
        bullet: format === 'bullet',
      });
    }
    abstracts.set(m[1]!, { levels, styled });
  }
  const nums = new Map<string, Num>();
  for (const m of xml.matchAll(/<w:num\b[^>]*w:numId="([^"]*)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const abstractId = attr(m[2]!, 'abstractNumId');
    if (abstractId === undefined) continue;
    const startOverrides = new Map<number, number>();
    for (const o of m[2]!.matchAll(
      /<w:lvlOverride\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g,
    )) {
      const start = attr(o[2]!, 'startOverride');
      if (start !== undefined) startOverrides.set(Number(o[1]), Number(start));
    }
    nums.set(m[1]!, { abstractId, startOverrides });
  }
  return { abstracts, nums };
}
