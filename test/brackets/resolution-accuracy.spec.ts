/**
 * Accuracy of bracket resolution as the API computes it: every fixture pair with hand-written
 * fates (fixtures/brackets) goes through curatedComparison, the service's own path, whose
 * `brackets` field must hold the gold fates. The Paris fixture is a real three-draft history
 * (5, 10 and 12 December 2015). The measured share is printed and held at its floor.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { curatedComparison, type Clause, type LineageLink } from '../../src/engine';
import { validateComparison } from '../support/schema';

interface Fixture {
  versions: { slug: string; clauses: Clause[] }[];
  fates?: {
    from: string;
    to: string;
    gold: [string, number, string][];
    added: number;
    pin?: { from: string[]; to: string[] }[];
  }[];
}

const DIR = path.resolve(__dirname, '../../fixtures/brackets');
const pairs = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => {
    const fx = JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')) as Fixture;
    return (fx.fates ?? []).map((p) => ({
      name: `${f} ${p.from}→${p.to}`,
      a: fx.versions.find((v) => v.slug === p.from)!,
      b: fx.versions.find((v) => v.slug === p.to)!,
      pair: p,
    }));
  });

/** Curated `same` links for the pins an analyst would set (as a stored plan's links are). */
const linksOf = (from: string, to: string, pin: { from: string[]; to: string[] }[] = []) =>
  pin.flatMap((p): LineageLink[] =>
    p.from.length === 1 && p.to.length === 1
      ? [
          {
            kind: 'same',
            from: { version: from, label: p.from[0]! },
            to: { version: to, label: p.to[0]! },
          },
        ]
      : [],
  );

describe('bracket resolution through the comparison answer', () => {
  it('finds the hand-written fate of most brackets across all multi-draft fixtures', () => {
    let right = 0;
    let total = 0;
    const lines: string[] = [];
    for (const { name, a, b, pair } of pairs) {
      const { comparison } = curatedComparison(
        { slug: a.slug, title: a.slug, clauses: a.clauses },
        { slug: b.slug, title: b.slug, clauses: b.clauses },
        linksOf(a.slug, b.slug, pair.pin),
      );
      const got = comparison.brackets;
      expect(got).toBeDefined();
      expect(validateComparison(comparison).errors).toEqual([]);
      const hits = pair.gold.filter((g) =>
        got!.resolutions.some((r) => r.label === g[0] && r.bracket === g[1] && r.fate === g[2]),
      ).length;
      expect(got!.resolutions).toHaveLength(pair.gold.length);
      expect(got!.summary.added).toBe(pair.added);
      right += hits;
      total += pair.gold.length;
      lines.push(`${name}: ${hits}/${pair.gold.length}`);
    }
    process.stdout.write(
      `bracket resolution: ${right}/${total} fates right (${lines.join('; ')})\n`,
    );
    expect(total).toBeGreaterThanOrEqual(10);
    expect(right / total).toBeGreaterThanOrEqual(0.85);
  });
});
