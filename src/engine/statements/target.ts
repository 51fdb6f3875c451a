import { Vocabulary } from '../align/vectors';
import type { SparseVector } from '../align/vectors';
import { foldText, rawTokens } from '../text/fold';
import { contentTerms } from '../text/tokenize';
import type { TopicCues } from '../substance/topic-lexicon';
import type { ClauseMatch, RegistryClause, RegistryVersion, StatementTarget } from './types';

/**
 * What a statement is about: a version named in it (alias, title or point count), the clauses
 * whose wording it matches (TF-IDF cosine over the engine's own content terms, as alignment
 * uses), else the topics of the topic lexicon, else the plan as a whole.
 */

/** A clause must share this much weighted vocabulary with a statement to be named as its target. */
const CLAUSE_MIN_SCORE = 0.3;
const MAX_LABELS = 3;

interface IndexedClause {
  readonly clause: RegistryClause;
  readonly vector: SparseVector;
}

export interface Targeter {
  versionIn(text: string, date: string | null): string | undefined;
  target(
    text: string,
    context: string,
    date: string | null,
  ): { target: StatementTarget; topics: string[] };
}

function vectorOf(
  terms: readonly string[],
  vocab: Vocabulary,
  idf: Map<number, number>,
  grow: boolean,
): SparseVector {
  const counts = new Map<number, number>();
  for (const term of terms) {
    // A statement's terms are looked up, never added: the targeter is cached for the life of
    // the process, and interning every article's words would grow its vocabulary without bound.
    const id = grow ? vocab.id(term) : vocab.known(term);
    if (id === undefined || (!grow && !idf.has(id))) continue;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const ids = [...counts.keys()].sort((a, b) => a - b);
  const weights = new Float64Array(ids.length);
  let norm = 0;
  ids.forEach((id, i) => {
    const w = (1 + Math.log(counts.get(id)!)) * (idf.get(id) ?? 0);
    weights[i] = w;
    norm += w * w;
  });
  if (norm > 0) for (let i = 0; i < weights.length; i++) weights[i]! /= Math.sqrt(norm);
  return { ids: Int32Array.from(ids), weights };
}

export function targeter(
  versions: readonly RegistryVersion[],
  clauses: readonly RegistryClause[],
  topics: Readonly<Record<string, TopicCues>>,
): Targeter {
  // Longest alias first, so "20-point framework" wins over "20 points" inside it.
  const aliases = versions
    .flatMap((v) => [v.title, ...v.aliases].map((a) => ({ alias: foldText(a), version: v })))
    .filter((a) => a.alias.length >= 4)
    .sort((a, b) => b.alias.length - a.alias.length);

  const vocab = new Vocabulary();
  const df = new Map<number, number>();
  const clauseTerms = clauses.map((c) => contentTerms(c.text));
  for (const terms of clauseTerms) {
    for (const id of new Set(terms.map((t) => vocab.id(t)))) df.set(id, (df.get(id) ?? 0) + 1);
  }
  const idf = new Map<number, number>();
  for (const [id, n] of df) idf.set(id, Math.log((clauses.length + 1) / (n + 0.5)));
  const indexed: IndexedClause[] = clauses.map((clause, i) => ({
    clause,
    vector: vectorOf(clauseTerms[i]!, vocab, idf, true),
  }));
  // Postings (term → clauses holding it): a statement is scored only against clauses it shares
  // a term with, not against every clause of the plan.
  const postings = new Map<number, [number, number][]>();
  indexed.forEach(({ vector }, c) => {
    vector.ids.forEach((id, k) => {
      const list = postings.get(id) ?? [];
      list.push([c, vector.weights[k]!]);
      postings.set(id, list);
    });
  });

  const topicEntries = Object.entries(topics);
  const prefixCues = topicEntries.flatMap(([topic, cues]) =>
    cues.prefixes.filter((p) => !p.includes(' ')).map((p) => [p, topic] as const),
  );
  const phraseCues = topicEntries.flatMap(([topic, cues]) =>
    [...cues.prefixes.filter((p) => p.includes(' ')), ...(cues.phrases ?? [])].map(
      (p) => [p, topic] as const,
    ),
  );
  const tokenTopics = new Map<string, readonly string[]>();

  function versionIn(text: string, date: string | null): string | undefined {
    return versionInFolded(foldText(text), date);
  }

  function versionInFolded(folded: string, date: string | null): string | undefined {
    const hits = aliases.filter((a) => folded.includes(a.alias)).map((a) => a.version);
    if (hits.length === 0) return undefined;
    // Several versions share an alias ("20 points"): the latest one published by the date.
    const first = hits[0]!;
    const same = hits.filter((v) => v.aliases.some((a) => first.aliases.includes(a)));
    const known = same.filter((v) => date === null || v.date <= date);
    const pool = known.length > 0 ? known : same;
    return pool.sort((a, b) => b.date.localeCompare(a.date))[0]!.slug;
  }

  function topicsIn(folded: string): string[] {
    const found = new Set<string>();
    for (const token of rawTokens(folded)) {
      let hits = tokenTopics.get(token);
      if (hits === undefined) {
        hits = prefixCues.filter(([p]) => token.startsWith(p)).map(([, t]) => t);
        // Bounded, so an adversarial vocabulary cannot grow it without limit.
        if (tokenTopics.size < 50_000) tokenTopics.set(token, hits);
      }
      for (const t of hits) found.add(t);
    }
    for (const [phrase, topic] of phraseCues) {
      if (!found.has(topic) && folded.includes(phrase)) found.add(topic);
    }
    return [...found].sort();
  }

  function target(
    text: string,
    context: string,
    date: string | null,
  ): { target: StatementTarget; topics: string[] } {
    // The statement folded once, for its version and its topics.
    const folded = foldText(text);
    const version = versionInFolded(folded, date) ?? versionIn(context, date);
    const topicsFound = topicsIn(folded);
    const vector = vectorOf(contentTerms(text), vocab, idf, false);
    const dots = new Map<number, number>();
    vector.ids.forEach((id, k) => {
      for (const [c, w] of postings.get(id) ?? []) {
        dots.set(c, (dots.get(c) ?? 0) + w * vector.weights[k]!);
      }
    });
    const scored = [...dots]
      .map(([c, dot]) => ({ c: indexed[c]!, score: Math.min(1, dot) }))
      .filter(
        (s) =>
          s.score >= CLAUSE_MIN_SCORE && (version === undefined || s.c.clause.version === version),
      )
      .sort((a, b) => b.score - a.score || a.c.clause.label.localeCompare(b.c.clause.label));
    if (scored.length > 0) {
      const best = scored[0]!.c.clause.version;
      const labels: ClauseMatch[] = scored
        .filter((s) => s.c.clause.version === best)
        .slice(0, MAX_LABELS)
        .map((s) => ({ label: s.c.clause.label, score: Math.round(s.score * 1000) / 1000 }));
      return { target: { kind: 'clause', version: best, labels }, topics: topicsFound };
    }
    if (version !== undefined) return { target: { kind: 'version', version }, topics: topicsFound };
    if (topicsFound.length > 0) {
      return { target: { kind: 'topic', topic: topicsFound[0]! }, topics: topicsFound };
    }
    return { target: { kind: 'plan' }, topics: topicsFound };
  }

  return { versionIn, target };
}
