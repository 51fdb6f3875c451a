import fc from 'fast-check';
import { parseQuery } from './query';
import { searchDocuments } from './rank';
import { foldWord } from './words';

const doc = (text: string, topics: string[] = []): { text: string; topics: string[] } => ({
  text,
  topics,
});

/** The texts of the hits, best first. */
const found = (docs: readonly { text: string; topics: string[] }[], q: string): string[] =>
  searchDocuments(docs, q, { limit: 100 }).hits.map((h) => h.document.text);

/** The matched words of the first hit, as written in its text. */
const marked = (text: string, q: string): string[] => {
  const hit = searchDocuments([doc(text)], q, { limit: 1 }).hits[0];
  return hit ? hit.matches.map(([s, e]) => text.slice(s, e)) : [];
};

describe('search: whole words, not substrings', () => {
  const docs = [
    doc('Ukraine will not join NATO.'),
    doc('The measures shall be non-discriminatory.'),
    doc('The signatories guarantee the agreement.'),
    doc('Ukraine is a sovereign state.'),
  ];

  it('"NATO" finds NATO, not discriminatory or signatories', () => {
    expect(found(docs, 'NATO')).toEqual(['Ukraine will not join NATO.']);
    expect(found(docs, 'nato')).toEqual(['Ukraine will not join NATO.']);
    expect(marked("NATO's enlargement", 'NATO')).toEqual(["NATO's"]);
  });

  it('"war" finds the word and its inflections only', () => {
    const texts = [
      'The war ends.',
      'Both wars ended.',
      'The parties warring in the east.',
      "The war's costs are shared.",
      'A warrant is issued.',
      'Talks in Warsaw.',
      'Hybrid warfare stops.',
      'Software is exempt.',
      'A reward is offered.',
      'Moving toward peace.',
      'Post-war reconstruction.',
    ];
    expect(
      found(
        texts.map((t) => doc(t)),
        'war',
      ).sort(),
    ).toEqual(
      [
        'Both wars ended.',
        'Post-war reconstruction.',
        'The parties warring in the east.',
        'The war ends.',
        "The war's costs are shared.",
      ].sort(),
    );
    expect(marked('Both wars ended; the war ends.', 'war')).toEqual(['wars', 'war']);
  });

  it('matches numbers whole, whatever their thousands separator', () => {
    const docs2 = [
      doc('Armed forces capped at 600,000.'),
      doc('Armed forces capped at 800\u00a0000.'),
    ];
    expect(found(docs2, '800,000')).toEqual(['Armed forces capped at 800\u00a0000.']);
    expect(found(docs2, '000')).toEqual([]);
  });

  it('folds case and Latin accents', () => {
    expect(found([doc('Élections in Kyiv within 100 days.')], 'elections KYIV')).toHaveLength(1);
  });
});

describe('search: Russian and Ukrainian inflections', () => {
  it('"гарантии" finds every case of гарантия', () => {
    const docs = [
      doc('Предоставление гарантий безопасности.'),
      doc('Стороны обсудили гарантии.'),
      doc('С гарантиями согласны.'),
      doc('Гарант конституции.'),
      doc('Переговоры продолжаются.'),
    ];
    const hits = found(docs, 'гарантии');
    expect(hits).toEqual(
      expect.arrayContaining([
        'Предоставление гарантий безопасности.',
        'Стороны обсудили гарантии.',
        'С гарантиями согласны.',
      ]),
    );
    expect(hits).not.toContain('Переговоры продолжаются.');
    expect(marked('Предоставление гарантий безопасности.', 'Гарантии')).toEqual(['гарантий']);
  });

  it('Ukrainian forms of one noun meet: гарантії, гарантій, гарантіями', () => {
    const docs = [
      doc('Надання гарантій безпеки.'),
      doc('Сторони обговорили гарантії.'),
      doc('З гарантіями згодні.'),
      doc('Переговори тривають.'),
    ];
    expect(found(docs, 'гарантії').sort()).toEqual(
      ['Надання гарантій безпеки.', 'Сторони обговорили гарантії.', 'З гарантіями згодні.'].sort(),
    );
    expect(found([doc('Після війни.'), doc('Війна триває.'), doc('Вій.')], 'війною')).toEqual([
      'Після війни.',
      'Війна триває.',
    ]);
  });

  it('folds case but keeps й and ї (only Latin letters lose their accents)', () => {
    expect(foldWord('ГАРАНТІЙ')).toBe('гарантій');
    expect(foldWord('Їжак')).toBe('їжак');
    expect(foldWord('Ёлка')).toBe('елка');
    expect(foldWord('Élections')).toBe('elections');
  });
});

describe('search: phrases', () => {
  const docs = [
    doc('Security guarantees for Ukraine are agreed.'),
    doc('A security guarantee is given.'),
    doc('Guarantees of security are discussed.'),
    doc('The security of guarantees.'),
  ];

  it('finds the words in a row, in any inflection', () => {
    expect(found(docs, '"security guarantees"').sort()).toEqual(
      ['A security guarantee is given.', 'Security guarantees for Ukraine are agreed.'].sort(),
    );
    expect(marked('Security guarantees for Ukraine.', '“security guarantees”')).toEqual([
      'Security guarantees',
    ]);
  });

  it('keeps function words inside a phrase, drops them outside', () => {
    expect(found(docs, '"security of guarantees"')).toEqual(['The security of guarantees.']);
    const q = parseQuery('the security of guarantees');
    expect(q.parts.map((p) => p.text)).toEqual(['security', 'guarantees']);
    expect(q.ignored).toEqual(['the', 'of']);
    expect(found(docs, 'the security of guarantees')).toHaveLength(4);
  });

  it('reads guillemets and an unclosed quote as phrases', () => {
    expect(parseQuery('«гарантии безопасности» США').parts).toHaveLength(2);
    expect(parseQuery('"security guarantees').parts[0]!.phrase).toBe(true);
  });

  it('searches for function words when there is nothing else', () => {
    expect(parseQuery('the').parts.map((p) => p.text)).toEqual(['the']);
    expect(searchDocuments(docs, '  ', { limit: 5 }).total).toBe(0);
  });
});

describe('search: ranking', () => {
  it('puts rarer words, more occurrences and shorter clauses first', () => {
    const docs = [
      doc('Sanctions relief is discussed with the elections and other issues of the region.'),
      doc('Sanctions relief, sanctions review and sanctions lifting are phased.'),
      doc('Sanctions are lifted.'),
      doc('Elections are held.'),
    ];
    expect(found(docs, 'sanctions')).toEqual([
      'Sanctions relief, sanctions review and sanctions lifting are phased.',
      'Sanctions are lifted.',
      'Sanctions relief is discussed with the elections and other issues of the region.',
    ]);
    const scores = searchDocuments(docs, 'sanctions', { limit: 5 }).hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('keeps the input order for ties and for order: document', () => {
    const docs = [doc('Peace now.'), doc('Peace now.'), doc('Peace, peace, peace now.')];
    const byRelevance = searchDocuments(docs, 'peace', { limit: 5 }).hits;
    expect(byRelevance.map((h) => docs.indexOf(h.document))).toEqual([2, 0, 1]);
    const inOrder = searchDocuments(docs, 'peace', { limit: 5, order: 'document' }).hits;
    expect(inOrder.map((h) => docs.indexOf(h.document))).toEqual([0, 1, 2]);
  });

  it('counts every match but returns at most `limit`', () => {
    const docs = [doc('Peace one.'), doc('Peace two.'), doc('Peace three.')];
    const r = searchDocuments(docs, 'peace', { limit: 2 });
    expect(r.total).toBe(3);
    expect(r.hits).toHaveLength(2);
  });

  it('matches topics too, and says which', () => {
    const r = searchDocuments([doc('Limits of 800,000.', ['army-size'])], 'army size', {
      limit: 5,
    });
    expect(r.hits[0]?.topics).toEqual(['army-size']);
    expect(r.hits[0]?.matches).toEqual([]);
  });
});

describe('search: properties', () => {
  const vocabulary = ['peace', 'army', 'sanctions', 'гарантии', 'війна', 'NATO', '800,000'];
  const sentence = fc
    .array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 8 })
    .map((ws) => ws.join(' '));

  it('a word taken from a clause finds that clause, and marks only that word', () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 6 }), fc.nat(), (texts, pick) => {
        const docs = texts.map((t) => doc(t));
        const target = docs[pick % docs.length]!;
        const words = target.text.split(' ');
        const word = words[pick % words.length]!;
        const r = searchDocuments(docs, word, { limit: docs.length });
        const hit = r.hits.find((h) => h.document === target);
        expect(hit).toBeDefined();
        for (const [s, e] of hit!.matches) expect(target.text.slice(s, e)).toBe(word);
        expect(r.total).toBe(docs.filter((d) => d.text.split(' ').includes(word)).length);
      }),
    );
  });
});
