import fc from 'fast-check';
import { parseBrackets, type AttributionVerb } from '../../src/engine';

/**
 * Parse of a rendered structure is the identity: a random bracket structure (plain words,
 * groups of `[a][b]` alternatives, slash alternatives, attribution tails, option and status
 * marks), written out in the drafts' syntax, parses back to the same structure.
 */

interface Alt {
  readonly words: readonly string[];
  readonly attributions: readonly { parties: readonly string[]; verb: AttributionVerb }[];
}
type Segment =
  | { readonly kind: 'text'; readonly words: readonly string[] }
  | { readonly kind: 'group'; readonly brackets: readonly (readonly Alt[])[] }
  | { readonly kind: 'option'; readonly n: number };
interface Structure {
  readonly segments: readonly Segment[];
  readonly agreed: boolean;
}

// Lower-case wording only: a capitalised word after a dash would read as a party.
const WORDS = ['the', 'climate', 'finance', 'goal', 'shall', 'should', 'urgent', 'net', 'annual'];
const PARTIES = ['US', 'EU', 'G77', 'Japan', 'Norway', 'Canada', 'Mexico'];
const VERB_WORD: Readonly<Record<AttributionVerb, string>> = {
  proposes: 'propose',
  retains: 'retain',
  supports: 'support',
  deletes: 'delete',
  opposes: 'oppose',
  reserves: 'reserve',
};

const words = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 });
const attribution = fc.record({
  parties: fc.uniqueArray(fc.constantFrom(...PARTIES), { minLength: 1, maxLength: 3 }),
  verb: fc.constantFrom(...(Object.keys(VERB_WORD) as AttributionVerb[])),
});
const alt: fc.Arbitrary<Alt> = fc.record({
  words,
  attributions: fc.array(attribution, { maxLength: 2 }),
});
const segment: fc.Arbitrary<Segment> = fc.oneof(
  fc.record({ kind: fc.constant('text' as const), words }),
  fc.record({
    kind: fc.constant('group' as const),
    brackets: fc.array(fc.array(alt, { minLength: 1, maxLength: 3 }), {
      minLength: 1,
      maxLength: 3,
    }),
  }),
  fc.record({ kind: fc.constant('option' as const), n: fc.integer({ min: 1, max: 99 }) }),
);
const structure: fc.Arbitrary<Structure> = fc.record({
  segments: fc.array(segment, { maxLength: 8 }),
  agreed: fc.boolean(),
});

function tail(a: Alt): string {
  if (a.attributions.length === 0) return '';
  const said = a.attributions.map((x, i) =>
    // A bare party list proposes, and only as the first thing said.
    i === 0 && x.verb === 'proposes'
      ? x.parties.join(', ')
      : `${x.parties.join(', ')} ${VERB_WORD[x.verb]}`,
  );
  return ` - ${said.join('; ')}`;
}

function render(s: Structure): string {
  const parts = s.segments.map((g) => {
    if (g.kind === 'text') return g.words.join(' ');
    if (g.kind === 'option') return `Option ${g.n}:`;
    return g.brackets
      .map((alts) => `[${alts.map((a) => `${a.words.join(' ')}${tail(a)}`).join(' / ')}]`)
      .join('');
  });
  if (s.agreed) parts.push('[Agreed ad ref]');
  return parts.join(' ');
}

describe('parse of a rendered bracket structure', () => {
  it('gives back the same brackets, groups, wordings, attributions, options and marks', () => {
    fc.assert(
      fc.property(structure, (s) => {
        const text = render(s);
        const r = parseBrackets(text);
        const groups = s.segments.filter((g) => g.kind === 'group');
        const want = groups.flatMap((g) =>
          g.brackets.map((alts) =>
            alts.map((a) => ({
              text: a.words.join(' '),
              attributions: a.attributions.map((x) => ({ parties: x.parties, verb: x.verb })),
            })),
          ),
        );
        expect(r.problems).toEqual([]);
        expect(r.brackets.map((b) => b.alternatives)).toEqual(want);
        // Brackets written side by side share a group; a space starts a new one.
        const wantGroups = groups.flatMap((g, i) => g.brackets.map(() => i));
        const got = r.brackets.map((b) => b.group);
        for (let i = 0; i < got.length; i++) {
          for (let j = 0; j < got.length; j++) {
            expect(got[i] === got[j]).toBe(wantGroups[i] === wantGroups[j]);
          }
        }
        expect(r.groups).toBe(groups.length);
        expect(r.options.map((o) => o.number)).toEqual(
          s.segments.flatMap((g) => (g.kind === 'option' ? [String(g.n)] : [])),
        );
        expect(r.marks.map((m) => m.kind)).toEqual(s.agreed ? ['agreed-ad-ref'] : []);
        expect(r.brackets.every((b) => b.depth === 1)).toBe(true);
        // The clean text keeps every wording and drops all the syntax.
        expect(r.clean).not.toMatch(/[[\]]/u);
        expect(r.clean).not.toMatch(/Agreed ad ref/u);
      }),
      { numRuns: 300 },
    );
  });
});
