import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Issue 17 "Shows": every source has outlet, title and date, or says why not; two sources wherever
 * two were found; the 2026 versions are linked to their predecessors; the corpus README states
 * what the data holds. The schema checks and the older invariants are in fixtures.spec.ts.
 */

const PLAN = path.resolve(__dirname, '..', 'fixtures', 'plans', 'ukraine-2025');
const read = <T>(file: string): T =>
  JSON.parse(fs.readFileSync(path.join(PLAN, file), 'utf8')) as T;

interface Source {
  url: string;
  outlet: string;
  title: string;
  titleFrom?: 'page' | 'slug';
  date: string | null;
  note?: string;
}
interface Position {
  id: string;
  date: string | null;
  sources: string[];
}
interface Ref {
  version: string;
  label: string;
}
interface Link {
  from: Ref | null;
  to: Ref | null;
  kind: string;
}

const sources = read<{ sources: Source[] }>('sources.json').sources;
const positions = read<{ positions: Position[] }>('positions.json').positions;
const links = read<{ links: Link[] }>('links.json').links;
const readme = fs.readFileSync(path.join(PLAN, 'README.md'), 'utf8');

/** Raise as second sources are found; never lower (2026-12-05: 50 of 120, then 59; 2026-12-06: 73 of 129). */
const TWO_SOURCED_FLOOR = 73;
/** Raise as sources are dated; never lower (2026-12-06: 197 of 272). */
const DATED_FLOOR = 197;

describe('sources: outlet, title and date', () => {
  it('every source names its outlet and a title; a slug or descriptive title says so', () => {
    const wrong = sources.flatMap((s) => {
      const note = s.note ?? '';
      if (!s.outlet.trim() || !s.title.trim()) return [`${s.url}: outlet or title empty`];
      if (s.titleFrom === 'slug' && !/slug/i.test(note)) {
        return [`${s.url}: slug title, note silent`];
      }
      if (s.titleFrom === undefined && !/descriptive/i.test(note)) {
        return [`${s.url}: descriptive title, note silent`];
      }
      return [];
    });
    expect(wrong).toEqual([]);
  });

  it('a date is null only with a note saying what was tried', () => {
    const silent = sources.filter(
      (s) => s.date === null && !(/date/i.test(s.note ?? '') && /URL/.test(s.note ?? '')),
    );
    expect(silent.map((s) => s.url)).toEqual([]);
  });

  it('a date in the URL path agrees with the date given', () => {
    const wrong = sources.flatMap((s) => {
      const m = /(20\d\d)[/-](\d\d)[/-](\d\d)(?!\d)/.exec(s.url);
      return m && s.date !== `${m[1]}-${m[2]}-${m[3]}` ? [`${s.url}: ${s.date}`] : [];
    });
    expect(wrong).toEqual([]);
  });

  it('a Unix timestamp in the URL agrees with the date within a day (time zones)', () => {
    const wrong = sources.flatMap((s) => {
      const m = /(?<!\d)1?(17[5-7]\d{7})(?!\d)/.exec(s.url);
      if (!m || s.date === null) return [];
      const days = Math.abs(Date.parse(s.date) - Number(m[1]) * 1000) / 86_400_000;
      return days > 1.5 ? [`${s.url}: ${s.date}`] : [];
    });
    expect(wrong).toEqual([]);
  });

  it(`at least ${DATED_FLOOR} sources carry a publication date`, () => {
    expect(sources.filter((s) => s.date !== null).length).toBeGreaterThanOrEqual(DATED_FLOOR);
  });

  it('the corpus README lists every source whose date is still unknown', () => {
    const unlisted = sources.filter((s) => s.date === null && !readme.includes(s.url));
    expect(unlisted.map((s) => s.url)).toEqual([]);
  });
});

describe('positions and links', () => {
  it(`at least ${TWO_SOURCED_FLOOR} positions carry two or more sources`, () => {
    expect(positions.filter((p) => p.sources.length > 1).length).toBeGreaterThanOrEqual(
      TWO_SOURCED_FLOOR,
    );
  });

  it('the corpus README states the newest position date', () => {
    const newest = positions.reduce((m, p) => (p.date !== null && p.date > m ? p.date : m), '');
    expect(readme).toContain(`Newest dated item: ${newest}`);
  });

  it.each(['vpd', 'v20jan', 'vpros'])('%s is linked from an earlier version', (slug) => {
    const into = links.filter((l) => l.to?.version === slug && l.from !== null);
    expect(into.length).toBeGreaterThan(0);
  });

  it.each(['v20jan', 'vpros'])(
    'lineage reaches %s (a link that is not a mere relation)',
    (slug) => {
      const kinds = links.filter((l) => l.to?.version === slug).map((l) => l.kind);
      expect(kinds.filter((k) => k !== 'thematic' && k !== 'parallel').length).toBeGreaterThan(0);
    },
  );
});
