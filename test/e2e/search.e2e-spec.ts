import { BACKENDS, useTestApp } from '../support/e2e';
import type { TestApp } from '../support/e2e';

const PLAN = 'ukraine-2025';
const PROBLEM = /^application\/problem\+json/;

interface Hit {
  version: string;
  label: string;
  text: string;
  score: number;
  matches: [number, number][];
  matchedTopics: string[];
}

interface Answer {
  query: string;
  terms: { words: string[]; phrases: string[]; ignored: string[] };
  total: number;
  message: string;
  results: Hit[];
}

const search = async (t: TestApp, plan: string, query: Record<string, string | number>) =>
  (await t.http().get(`/api/plans/${plan}/search`).query(query).expect(200)).body as Answer;

/** Every stored clause of the plan (placeholders are never searched): its text and topics. */
async function clauses(t: TestApp, plan: string): Promise<{ text: string; topics: string[] }[]> {
  const versions = (await t.http().get(`/api/plans/${plan}/versions`).expect(200)).body as {
    slug: string;
  }[];
  const out: { text: string; topics: string[] }[] = [];
  for (const v of versions) {
    const detail = await t.http().get(`/api/plans/${plan}/versions/${v.slug}`).expect(200);
    for (const c of detail.body.clauses as { text: string; status: string; topics: string[] }[]) {
      if (c.status !== 'placeholder') out.push({ text: c.text, topics: c.topics });
    }
  }
  return out;
}

const marked = (h: Hit): string[] => h.matches.map(([s, e]) => h.text.slice(s, e));

describe.each(BACKENDS)('clause search: words, phrases, ranking (%s)', (backend) => {
  const t = useTestApp(backend);
  let stored: { text: string; topics: string[] }[] = [];
  let texts: string[] = [];
  beforeAll(async () => {
    stored = await clauses(t, PLAN);
    texts = stored.map((c) => c.text);
  });
  /** Clauses whose text has the word, or whose topics (e.g. "nato-membership") name it. */
  const expectedHits = (word: RegExp): number =>
    stored.filter((c) => word.test(c.text) || c.topics.some((topic) => word.test(topic))).length;

  it('"NATO" finds the word only: never discriminatory or signatories', async () => {
    const r = await search(t, PLAN, { q: 'NATO', limit: 500 });
    expect(r.total).toBe(expectedHits(/\bNATO\b/i));
    // The corpus has both traps; substring search found them.
    expect(texts.some((x) => /discriminatory/i.test(x) && !/\bNATO\b/i.test(x))).toBe(true);
    expect(texts.some((x) => /signatories/i.test(x) && !/\bNATO\b/i.test(x))).toBe(true);
    for (const h of r.results) {
      expect(`${h.text} ${h.matchedTopics.join(' ')}`).toMatch(/\bNATO\b/i);
      for (const m of marked(h)) expect(m).toMatch(/^NATO('s)?$/i);
    }
  });

  it('"war" finds the word and its inflections, not toward, warning or wartime', async () => {
    const r = await search(t, PLAN, { q: 'war', limit: 500 });
    expect(r.total).toBe(expectedHits(/\bwar(s|'s|ring)?\b/i));
    expect(r.total).toBeGreaterThan(0);
    for (const h of r.results) for (const m of marked(h)) expect(m).toMatch(/^war(s|'s|ring)?$/i);
  });

  it('finds phrases with their words in a row, best first', async () => {
    const r = await search(t, PLAN, { q: '"security guarantees"', limit: 500 });
    expect(r.terms.phrases).toEqual(['security guarantees']);
    expect(r.total).toBeGreaterThan(0);
    for (const h of r.results) {
      // In the text, or in a topic such as "security-guarantees".
      const inText = marked(h).some((m) => /^security guarantees?$/i.test(m));
      expect(inText || h.matchedTopics.length > 0).toBe(true);
    }
    const scores = r.results.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // Document order is the other choice: by version date, then clause order.
    const inOrder = await search(t, PLAN, { q: '"security guarantees"', order: 'document' });
    expect(inOrder.total).toBe(r.total);
  });

  it('says plainly when nothing matches', async () => {
    const r = await search(t, PLAN, { q: 'zeppelin' });
    expect(r.total).toBe(0);
    expect(r.results).toEqual([]);
    expect(r.message).toBe('No matches for “zeppelin”.');
  });

  it('refuses a bad order or an unknown version, naming the parameter', async () => {
    const bad = await t.http().get(`/api/plans/${PLAN}/search?q=war&order=best`).expect(400);
    expect(bad.headers['content-type']).toMatch(PROBLEM);
    expect(bad.body.errors[0].field).toBe('order');
    const unknown = await t.http().get(`/api/plans/${PLAN}/search?q=war&version=v99`).expect(400);
    expect(unknown.body.errors[0].field).toBe('version');
    const one = await search(t, PLAN, { q: 'NATO', version: 'v28' });
    expect(new Set(one.results.map((h) => h.version))).toEqual(new Set(['v28']));
  });

  it('stems Russian and Ukrainian: "гарантии" finds "гарантий", "гарантії" finds "гарантіями"', async () => {
    const post = (path: string, body: object) =>
      t.http().post(path).set('Authorization', t.auth('editor')).send(body);
    await post('/api/plans', { slug: 'cyr', title: 'Кириллица' }).expect(201);
    await post('/api/plans/cyr/versions', {
      slug: 'ru',
      title: 'Проект',
      date: '2025-11-20',
      clauses: [
        { label: '1', text: 'Предоставление гарантий безопасности Украине.' },
        { label: '2', text: 'Стороны обсуждают территориальные вопросы.' },
        { label: '3', text: 'Гарантии безопасности предоставляются на десять лет.' },
      ],
    }).expect(201);
    await post('/api/plans/cyr/versions', {
      slug: 'uk',
      title: 'Проєкт',
      date: '2025-11-21',
      clauses: [
        { label: '1', text: 'Україна отримує гарантії безпеки.' },
        { label: '2', text: 'Разом із гарантіями безпеки діє мораторій.' },
        { label: '3', text: 'Сторони обговорюють територіальні питання.' },
      ],
    }).expect(201);
    const ru = await search(t, 'cyr', { q: 'гарантии', version: 'ru' });
    expect(ru.results.map((h) => h.label).sort()).toEqual(['1', '3']);
    expect(marked(ru.results.find((h) => h.label === '1')!)).toEqual(['гарантий']);
    const uk = await search(t, 'cyr', { q: 'гарантії', version: 'uk' });
    expect(uk.results.map((h) => h.label).sort()).toEqual(['1', '2']);
    const phrase = await search(t, 'cyr', { q: '«гарантии безопасности»', version: 'ru' });
    expect(phrase.results.map((h) => h.label).sort()).toEqual(['1', '3']);
  });
});
