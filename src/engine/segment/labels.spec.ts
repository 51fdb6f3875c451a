import fc from 'fast-check';
import { EngineError } from '../errors';
import { DEFAULT_LIMITS } from '../limits';
import { fitsSequence } from './labels';
import { segment } from './segment';

const labels = (text: string): string[] => segment(text).clauses.map((c) => c.label);

describe('label grammar as drafters write it', () => {
  it('reads letter-only articles', () => {
    const text = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((l) => `Article ${l}\nText ${l}.`);
    expect(labels(text.join('\n'))).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
    expect(segment('Article A\nThe parties agree.').clauses).toEqual([
      { label: 'A', text: 'The parties agree.' },
    ]);
  });

  it('reads two-letter and upper-case suffixes', () => {
    expect(labels('52. x\n52a. x\n52ca. x\n53. x\n53A. x\n68e) x')).toEqual([
      '52',
      '52a',
      '52ca',
      '53',
      '53A',
      '68e',
    ]);
  });

  it('reads Latin ordinals, with or without a space and a delimiter', () => {
    expect(labels('2. x\n2 bis. x\n2 ter x\n12. x\n12ter. x\n12quater) x')).toEqual([
      '2',
      '2 bis',
      '2 ter',
      '12',
      '12ter',
      '12quater',
    ]);
    expect(labels('Article 5 bis\nInserted.\nArticle 5 quater — Also.')).toEqual([
      '5 bis',
      '5 quater',
    ]);
  });

  it('reads UN-style preambular and operative paragraphs', () => {
    expect(
      labels('PP1 Recalling x,\nPP2bis Noting y,\nOP1. Decides z;\nOP7ter Requests w;'),
    ).toEqual(['PP1', 'PP2bis', 'OP1', 'OP7ter']);
  });

  it('reads options under a point and alternative texts', () => {
    const version = segment('6. Security:\nOption 1: A force.\nOption 2: No force.\n6alt. Other.');
    expect(version.clauses).toEqual([
      { label: '6', text: 'Security:' },
      { label: '6 Option 1', text: 'A force.', parent: '6' },
      { label: '6 Option 2', text: 'No force.', parent: '6' },
      { label: '6alt', text: 'Other.' },
    ]);
  });

  it('reads deep decimals and section signs', () => {
    expect(labels('3. x\n3.1 x\n3.2 x\n3.2.1 x\n3.2.1.4. x\n4. x')).toEqual([
      '3',
      '3.1',
      '3.2',
      '3.2.1',
      '3.2.1.4',
      '4',
    ]);
    expect(labels('§ 1 Scope\n§2. Terms')).toEqual(['1', '2']);
  });

  it('reads letter-dotted labels and dotted labels ending in a letter', () => {
    expect(labels('A.1 First.\nA.2 Second.\nIV.2. Third.')).toEqual(['A.1', 'A.2', 'IV.2']);
    expect(labels('Article 5.1.a First.\nArticle 5.1.b Second.')).toEqual(['5.1.a', '5.1.b']);
  });

  it('reads "3.5 million …" on a wrapped line as a decimal unless the text numbers that way', () => {
    expect(segment('2. Two sides.\n3.5 million people return.').clauses).toEqual([
      { label: '2', text: 'Two sides. 3.5 million people return.' },
    ]);
    expect(labels('3. x\n3.1 y\n3.5 the parties agree.')).toEqual(['3', '3.1', '3.5']);
  });

  it('reads numbers of 10,000 and more', () => {
    const text = [9999, 10000, 10001, 10002].map((n) => `Article ${n}\nText ${n}.`).join('\n');
    expect(labels(text)).toEqual(['9999', '10000', '10001', '10002']);
    expect(labels('Article 123456\nx\n123457. y')).toEqual(['123456', '123457']);
  });

  it('does not turn a wrapped line that starts with a year into a clause', () => {
    const version = segment(
      '1. The ceasefire starts in January\n2026. It holds until May\n2027.\n2. Next point.',
    );
    expect(version.clauses).toEqual([
      { label: '1', text: 'The ceasefire starts in January 2026. It holds until May 2027.' },
      { label: '2', text: 'Next point.' },
    ]);
  });

  it('keeps capitalised keywords only: "article 5 of …" on a wrapped line is prose', () => {
    expect(segment('1. As set out in\narticle 5 of the Treaty.').clauses).toEqual([
      { label: '1', text: 'As set out in article 5 of the Treaty.' },
    ]);
  });

  it('decides bare numbers by the numbering so far', () => {
    expect(fitsSequence(1, undefined)).toBe(true);
    expect(fitsSequence(2026, undefined)).toBe(false);
    expect(fitsSequence(2026, 5)).toBe(false);
    expect(fitsSequence(2026, 2025)).toBe(true);
    expect(fitsSequence(1, 40)).toBe(true);
    expect(fitsSequence(12, 10)).toBe(true);
    expect(fitsSequence(500, 10)).toBe(false);
  });
});

describe('a 12,000-point file', () => {
  const text = Array.from({ length: 12_000 }, (_, i) => `${i + 1}. Provision number ${i + 1}.`)
    .concat(['Closing line continues the last point.'])
    .join('\n');

  it('is refused under the default limit with an error that names the count and the limit', () => {
    let error: unknown;
    try {
      segment(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).code).toBe('too-many-clauses');
    expect((error as EngineError).message).toContain('12000 numbered clauses');
    expect((error as EngineError).message).toContain(
      `more than ${DEFAULT_LIMITS.maxClauses} clauses`,
    );
  });

  it('segments into 12,000 clauses when the limit allows it', () => {
    const clauses = segment(text, { limits: { maxClauses: 20_000 } }).clauses;
    expect(clauses).toHaveLength(12_000);
    expect(clauses[9_999]).toEqual({ label: '10000', text: 'Provision number 10000.' });
    expect(clauses[11_999]).toEqual({
      label: '12000',
      text: 'Provision number 12000. Closing line continues the last point.',
    });
  });
});

// Label styles a generated document may use for its n-th point.
const STYLES = [
  (n: number) => `${n}.`,
  (n: number) => `${n})`,
  (n: number) => `(${n})`,
  (n: number) => `Article ${n}`,
  (n: number) => `Пункт ${n}.`,
];
const WORD = fc.constantFrom('the', 'parties', 'ceasefire', 'прекращение', 'огня', 'May', 'Kyiv');
const YEAR = fc.integer({ min: 1990, max: 2040 }).map((y) => `${y}.`);
const sentence = fc.array(fc.oneof(WORD, WORD, YEAR), { minLength: 1, maxLength: 12 });

describe('segmentation properties', () => {
  it('finds exactly the numbered points, whatever the style, and keeps every word in order', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.nat(STYLES.length - 1), sentence, fc.array(fc.nat(), { maxLength: 3 })),
          {
            minLength: 1,
            maxLength: 30,
          },
        ),
        (points) => {
          // Each point's words are wrapped at arbitrary places, so continuation lines may start
          // with a year: they must stay in the point.
          const lines: string[] = ['Title'];
          points.forEach(([style, words, breaks], i) => {
            const cuts = [...new Set(breaks.map((b) => 1 + (b % words.length)))].sort(
              (x, y) => x - y,
            );
            let start = 0;
            const parts: string[] = [];
            for (const cut of [...cuts, words.length]) {
              if (cut > start) parts.push(words.slice(start, cut).join(' '));
              start = cut;
            }
            lines.push(`${STYLES[style]!(i + 1)} ${parts[0]!}`, ...parts.slice(1));
          });
          const version = segment(lines.join('\n'));
          expect(version.clauses.map((c) => c.label)).toEqual(points.map((_, i) => String(i + 1)));
          version.clauses.forEach((clause, i) => expect(clause.text).toBe(points[i]![1].join(' ')));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never glues a labelled line of any recognised kind onto the clause above', () => {
    const step = fc.tuple(
      fc.integer({ min: 0, max: 5 }),
      fc.constantFrom('.', 'bis.', 'ter', 'quater.', 'a)', 'ca.', 'A.', 'alt.', '@A', '@OP'),
    );
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 25 }), (steps) => {
        // Numbering moves forward by 0-5 points per line, in any of the recognised spellings.
        let n = 1;
        const lines = steps.map(([jump, form]) => {
          n += jump;
          if (form === '@A') return 'Article B Body text.';
          if (form === '@OP') return `OP${n}bis Body text.`;
          return `${n}${form} Body text.`;
        });
        const clauses = segment(lines.join('\n')).clauses;
        expect(clauses).toHaveLength(lines.length);
        for (const clause of clauses) expect(clause.text).toBe('Body text.');
      }),
      { numRuns: 200 },
    );
  });
});
