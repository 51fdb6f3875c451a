/**
 * The actor registry (fixtures/plans/ukraine-2025/registry.json, 400+ actors, see REGISTRY.md):
 * what the schema cannot say. The mention index keeps the first actor for an alias and drops the
 * rest silently, so two actors sharing an alias (or the Cyrillic stem the index derives from one)
 * would give one of them the other's words; and surnames shared by two people, or that are
 * ordinary words, must not stand alone.
 */
import { join } from 'node:path';
import { loadCorpus } from '../src/corpus/corpus';
import { mentionIndex } from '../src/engine/statements/mentions';

const corpus = loadCorpus(join(__dirname, '..', 'fixtures', 'plans', 'ukraine-2025'));
const actors = corpus.actors ?? [];
const index = mentionIndex(actors);

/** The index's keys for one alias: the folded alias and, for Cyrillic, its stem. */
function keys(alias: string): string[] {
  const key = alias.toLowerCase().replace(/[ёє]/gu, 'е').replace(/’/gu, "'");
  const stem = /[\u0400-\u04ff]/u.test(key) && key.length >= 5 && /[аяйьоеы]$/u.test(key);
  return stem ? [key, key.slice(0, -1)] : [key];
}

/** The first registry actor named in `text`, if any. */
function actorAt(text: string): string | undefined {
  return index.all(text).find((m) => m.kind === 'actor')?.actor?.name;
}

describe('actor registry', () => {
  it('holds the categories REGISTRY.md counts (a registry of 400+ people and bodies)', () => {
    expect(actors.length).toBeGreaterThanOrEqual(400);
    const count = (party: string | null, role: string): number =>
      actors.filter((a) => a.party === party && a.role === role).length;
    for (const party of ['US', 'Russia', 'Ukraine', 'Europe/EU']) {
      expect(count(party, 'official')).toBeGreaterThanOrEqual(50);
    }
    expect(count(null, 'official')).toBeGreaterThanOrEqual(40);
    expect(count(null, 'commentator')).toBeGreaterThanOrEqual(70);
  });

  it('gives every name once, and every person (only) a gender for pronouns', () => {
    expect(new Set(actors.map((a) => a.name)).size).toBe(actors.length);
    for (const a of actors) expect([a.name, a.kind === 'person']).toEqual([a.name, !!a.gender]);
  });

  it('never gives one alias, or one derived Cyrillic stem, to two actors', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const a of actors) {
      for (const alias of [a.name, ...a.aliases]) {
        for (const key of keys(alias)) {
          const first = owner.get(key);
          if (first !== undefined && first !== a.name) clashes.push(`${key}: ${first} / ${a.name}`);
          owner.set(key, first ?? a.name);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it('does not let a shared surname or an ordinary word stand alone as an alias', () => {
    const alone = new Set(actors.flatMap((a) => a.aliases.map((x) => x.toLowerCase())));
    const ambiguous = ['johnson', 'klitschko', 'кличко', 'kuleba', 'кулеба', 'rasmussen'];
    const words = ['mast', 'cotton', 'reed', 'paul', 'scott', 'lee', 'miller', 'montenegro'];
    const cyrillic = ['таяни', 'шульман', 'мудра', 'качка', 'тихий', 'садовий', 'горка', 'карни'];
    expect([...ambiguous, ...words, ...cyrillic].filter((w) => alone.has(w))).toEqual([]);
  });

  it('finds officials by the forms articles use, and not the namesakes the rules guard', () => {
    expect(actorAt('Senator Lindsey Graham said')).toBe('Lindsey Graham');
    expect(actorAt('Віталій Кличко заявив')).toBe('Vitali Klitschko');
    expect(actorAt('Кириенко сказал')).toBe('Sergei Kiriyenko');
    expect(actorAt('Кірієнка')).toBe('Sergei Kiriyenko');
    expect(actorAt('Szijjarto said')).toBe('Péter Szijjártó');
    expect(actorAt('Сибигой')).toBe('Andrii Sybiha');
    expect(actorAt('Volodymyr Klitschko said')).toBeUndefined();
    expect(actorAt('Boris Johnson said')).toBe('Boris Johnson');
    expect(actorAt('Johnson said')).toBeUndefined();
    expect(actorAt('таяние льдов')).toBeUndefined();
    expect(actorAt('Montenegro joined')).toBeUndefined();
  });

  it('gives officials of states outside the four parties no party, and Norway Europe/EU', () => {
    const party = (name: string) => actors.find((a) => a.name === name)?.party;
    expect(party('Wang Yi')).toBeNull();
    expect(party('Recep Tayyip Erdoğan')).toBeNull();
    expect(party('Alexander Lukashenko')).toBeNull();
    expect(party('António Guterres')).toBeNull();
    expect(party('Jens Stoltenberg')).toBe('Europe/EU');
    expect(party('Mark Rutte')).toBe('Europe/EU');
  });
});
