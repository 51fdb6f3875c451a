import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mainAsync } from '../../src/cli/main';
import { bracketPositions, withBracketPositions } from '../../src/corpus/bracket-positions';
import type { Corpus, CorpusVersion } from '../../src/corpus/corpus';
import { corpusDisputes } from '../../src/corpus/disputes';

/**
 * The text's own attributions as positions (docs/disputes.md §8) and the dispute status they
 * give under the written rules; then the `plandiff brackets` command on the same drafts.
 */
const version = (slug: string, date: string, texts: string[]): CorpusVersion => ({
  slug,
  label: slug,
  title: `Draft ${slug}`,
  date,
  channel: 'negotiation',
  authorParties: [],
  basis: 'text',
  grade: 'A',
  gradeNote: '',
  notes: '',
  parents: [],
  clauses: texts.map((text, i) => ({
    label: String(i + 1),
    text,
    status: 'text',
    topics: [],
    sources: [],
  })),
});

const DRAFT = [
  'In this regard we are committed to free humanity from [extreme - US; G77 delete] poverty and hunger.',
  'We recognize that poverty eradication together with [changing unsustainable - EU, G77 retain / promoting sustainable - US] patterns of production and consumption are overarching objectives.',
  'Invites Parties to submit their views by 31 March. [Agreed ad ref]',
  'Encourages [all - Norway, supported by Mexico] Parties to cooperate.',
];
const ADOPTED = [
  'In this regard we are committed to free humanity from poverty and hunger.',
  'We recognize that poverty eradication, changing unsustainable and promoting sustainable patterns of consumption and production are overarching objectives.',
  'Invites Parties to submit their views by 31 March.',
  'Encourages Parties to cooperate.',
];

const corpus: Corpus = {
  plan: { slug: 'rio', title: 'Rio', description: '', versionOrder: ['d1', 'adopted'] },
  versions: [version('d1', '2012-06-02', DRAFT), version('adopted', '2012-06-19', ADOPTED)],
  links: [],
  positions: [],
  sources: [],
};

describe('positions read from a bracketed text', () => {
  it('are grade A, dated with the draft, quoting the wording, one per party and wording', () => {
    const got = bracketPositions(corpus);
    expect(got.map((p) => [p.target.label, p.party, p.stance, p.quote])).toEqual([
      ['1', 'US', 'conditional', 'extreme'],
      ['1', 'G77', 'opposes', 'extreme'],
      ['2', 'EU', 'conditional', 'changing unsustainable'],
      ['2', 'G77', 'conditional', 'changing unsustainable'],
      ['2', 'US', 'conditional', 'promoting sustainable'],
      ['4', 'Norway', 'conditional', 'all'],
      ['4', 'Mexico', 'conditional', 'all'],
    ]);
    expect(got.every((p) => p.grade === 'A' && p.date === '2012-06-02' && p.version === 'd1')).toBe(
      true,
    );
    expect(new Set(got.map((p) => p.id)).size).toBe(got.length);
  });

  it('give the status the written rules give: disputed, conditional, never agreed while bracketed', () => {
    const status = Object.fromEntries(
      corpusDisputes(withBracketPositions(corpus), 'd1').clauses.map((c) => [c.label, c.status]),
    );
    // Two backers of a bracketed wording are conditional, never "agreed" while the bracket stands;
    // the "agreed ad ref" mark is the text's own status, not a party's position (clause 3).
    expect(status).toEqual({
      '1': 'disputed',
      '2': 'conditional',
      '3': 'no-position',
      '4': 'conditional',
    });
    expect(withBracketPositions({ ...corpus, versions: [corpus.versions[1]!] })).toEqual({
      ...corpus,
      versions: [corpus.versions[1]!],
    });
  });
});

describe('plandiff brackets', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plandiff-brackets-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = async (...args: string[]): Promise<{ code: number; out: string }> => {
    let out = '';
    const code = await mainAsync(['node', 'plandiff', 'brackets', ...args], {
      stdout: (s) => void (out += s),
      stderr: () => undefined,
    });
    return { code, out };
  };
  const file = (name: string, lines: string[]): string => {
    writeFileSync(join(dir, name), lines.map((l, i) => `${i + 1}. ${l}`).join('\n'));
    return join(dir, name);
  };

  it('prints the counts, open clauses and statements of one draft', async () => {
    const r = await run(file('d1.txt', DRAFT));
    expect(r.code).toBe(0);
    const got = JSON.parse(r.out) as { counts: Record<string, number>; clauses: unknown[] };
    expect(got.counts).toMatchObject({ clauses: 4, brackets: 3, agreedClauses: 1 });
    expect(got.clauses).toHaveLength(4);
  });

  it('with a later draft, prints the fate of each bracket', async () => {
    const r = await run(file('d1.txt', DRAFT), file('adopted.txt', ADOPTED));
    expect(r.code).toBe(0);
    const got = JSON.parse(r.out) as { resolutions: { label: string; fate: string }[] };
    expect(got.resolutions.map((x) => [x.label, x.fate])).toEqual([
      ['1', 'deleted'],
      ['2', 'merged'],
      ['4', 'deleted'],
    ]);
  });
});
