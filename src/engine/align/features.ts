import type { TextCache } from '../text/analysis';
import { languageOf, type Language } from '../text/anchors';
import type { Clause } from '../types';
import { documentIndex, type DocumentIndex } from './labels';
import { TermInterner, type ClauseTerms } from './terms';
import { FlatBags } from './bags';
import {
  sharedTerms,
  combine,
  cosine as sparseCosine,
  idfWeights,
  type SparseVector,
} from './vectors';

/** The views' positions, in this order wherever views are listed by number (dense-cosine.ts). */
export const VIEWS = ['word', 'gram', 'topic', 'anchor'] as const;
const [WORD, GRAM, TOPIC, ANCHOR] = [0, 1, 2, 3] as const;

/** What the aligner knows about one clause: two views of its wording. */
export interface ClauseFeatures {
  /** Stemmed content words and numbers: catches paraphrase that keeps the key terms. */
  readonly word: SparseVector;
  /** Character 4-grams: catches inflection, compounding and transliteration drift. */
  readonly gram: SparseVector;
  /** Topic tags: the concept view, where "truce" and "ceasefire" or "troops" and "forces" meet. */
  readonly topic: SparseVector;
  /** Concepts, actors, numbers and name skeletons: the view that survives translation. */
  readonly anchor: SparseVector;
  /** Which similarity applies: lexical views only mean something within one language. */
  readonly language: Language;
}

export interface FeatureParams {
  /** Weight of a chapeau's sub-point terms in the chapeau's own vector (a chapeau stands for its point). */
  readonly contextWeight: number;
  /** Share of the word view in the lexical similarity; the gram view gets the rest. */
  readonly wordShare: number;
  /** Share of the topic view in the combined similarity; the lexical views get the rest. */
  readonly topicShare: number;
  /** Share of the anchor view in the lexical part when both clauses are in one language. */
  readonly anchorShare: number;
  /** Share of the anchor view in the lexical part between Russian and Ukrainian (grams half work). */
  readonly nearAnchorShare: number;
  /** Within one language the lexical part is at least this times the anchor cosine (0: off). */
  readonly anchorRescue: number;
  /** Shared anchor terms the rescue needs. */
  readonly anchorRescueTerms: number;
}

/** Direct and indirect sub-points of each clause, by index (`parents` from align/labels.ts). */
function descendants(
  clauses: readonly Clause[],
  parents: readonly (number | undefined)[],
): Map<number, number[]> {
  const result = new Map<number, number[]>();
  for (let index = 0; index < clauses.length; index++) {
    let parent = clauses[index]!.parent;
    let parentIndex = parents[index];
    // Labels already climbed through: a cycle in stored or imported clauses ends the walk.
    // Chains are a few levels deep, so a short list (only when there is a parent) beats a Set.
    const guard: string[] = [];
    while (parent !== undefined && !guard.includes(parent)) {
      guard.push(parent);
      if (parentIndex === undefined) break;
      const list = result.get(parentIndex);
      if (list === undefined) result.set(parentIndex, [index]);
      else list.push(index);
      parent = clauses[parentIndex]!.parent;
      parentIndex = parents[parentIndex];
    }
  }
  return result;
}

/**
 * Builds word and gram vectors for the clauses at `indices` of both sides. Idf is computed over
 * those clauses only: a term is informative if it tells the remaining candidates apart.
 */
export function buildFeatures(
  sides: readonly [readonly Clause[], readonly Clause[]],
  indices: readonly [readonly number[], readonly number[]],
  params: FeatureParams,
  texts?: TextCache,
  index: readonly [DocumentIndex, DocumentIndex] = [
    documentIndex(sides[0]),
    documentIndex(sides[1]),
  ],
): [Map<number, ClauseFeatures>, Map<number, ClauseFeatures>] {
  const languages = sides.map((clauses) => languageOf(clauses.map((c) => c.text))) as [
    Language,
    Language,
  ];
  // Within one language the anchor view is only needed for the concept rescue (or anchorShare).
  const withAnchors =
    languageGap(...languages) !== 'same' || params.anchorShare > 0 || params.anchorRescue > 0;
  const interner = new TermInterner(withAnchors, texts);
  const { words, grams, topics, anchors } = interner;
  // By clause index (arrays, not Maps): a chapeau's sub-points are read once per chapeau.
  const termCache = sides.map((clauses) => new Array<ClauseTerms | undefined>(clauses.length));
  const termsOf = (side: 0 | 1, index: number): ClauseTerms => {
    let cached = termCache[side]![index];
    if (cached === undefined) {
      cached = interner.terms(sides[side][index]!.text);
      termCache[side]![index] = cached;
    }
    return cached;
  };

  const children = sides.map((clauses, side) => descendants(clauses, index[side]!.parents));
  // Every clause and sub-point is interned first, in this order (ids in first-occurrence order,
  // as the vectors have always been built), so the bags can size their scratch arrays.
  const documents: { side: 0 | 1; index: number; kids: readonly number[] }[] = [];
  for (const side of [0, 1] as const) {
    for (const index of indices[side]) {
      const kids = children[side]!.get(index) ?? [];
      termsOf(side, index);
      for (const kid of kids) termsOf(side, kid);
      documents.push({ side, index, kids });
    }
  }
  // One flat buffer of bags per view (align/bags.ts), filled in document order, sized to the
  // term lists' total length (a bag has at most as many distinct ids as terms added to it).
  const capacity = { word: 0, gram: 0, topic: 0, anchor: 0 };
  for (const { side, index, kids } of documents) {
    for (const view of VIEWS) {
      capacity[view] += termsOf(side, index)[view].length;
      for (const kid of kids) capacity[view] += termsOf(side, kid)[view].length;
    }
  }
  const bags = {
    word: new FlatBags(words.size, capacity.word),
    gram: new FlatBags(grams.size, capacity.gram),
    topic: new FlatBags(topics.size, capacity.topic),
    anchor: new FlatBags(anchors.size, capacity.anchor),
  };
  for (const { side, index, kids } of documents) {
    const own = termsOf(side, index);
    for (const view of VIEWS) {
      const bag = bags[view];
      bag.add(own[view]);
      for (const kid of kids) bag.add(termsOf(side, kid)[view], params.contextWeight);
      bag.close();
    }
  }
  const vectors = Object.fromEntries(
    VIEWS.map((view) => [
      view,
      bags[view].vectors(idfWeights(bags[view].documentFrequencies(), documents.length)),
    ]),
  ) as Record<(typeof VIEWS)[number], SparseVector[]>;
  const result: [Map<number, ClauseFeatures>, Map<number, ClauseFeatures>] = [
    new Map<number, ClauseFeatures>(),
    new Map<number, ClauseFeatures>(),
  ];
  documents.forEach(({ side, index }, d) => {
    result[side].set(index, {
      word: vectors.word[d]!,
      gram: vectors.gram[d]!,
      topic: vectors.topic[d]!,
      anchor: vectors.anchor[d]!,
      language: languages[side],
    });
  });
  return result;
}

/** How far apart two clauses' languages are, which decides what their words can tell. */
export function languageGap(a: Language, b: Language): 'same' | 'near' | 'far' {
  if (a === b || a === 'other' || b === 'other') return 'same';
  return a === 'en' || b === 'en' ? 'far' : 'near';
}

/**
 * Combined similarity in [0,1] of two clause feature sets. Within one language, words and
 * character grams carry most of it; between Russian and Ukrainian grams still half work; between
 * English and Cyrillic only anchors and topics can (words and grams share nothing but numbers).
 */
export function similarity(
  a: ClauseFeatures,
  b: ClauseFeatures,
  shares: FeatureParams,
  // Candidate scoring passes a cosine over a scattered dense vector (align/dense-cosine.ts); it
  // returns the same bits as this default. The third argument names the view (VIEW_INDEX), so
  // that cosine finds its dense array without testing each view's in turn.
  cosine: (x: SparseVector, y: SparseVector, view: number) => number = sparseCosine,
): number {
  const gap = languageGap(a.language, b.language);
  let lexical: number;
  if (gap === 'far') {
    lexical = cosine(a.anchor, b.anchor, ANCHOR);
  } else {
    const words =
      shares.wordShare * cosine(a.word, b.word, WORD) +
      (1 - shares.wordShare) * cosine(a.gram, b.gram, GRAM);
    const share = gap === 'same' ? shares.anchorShare : shares.nearAnchorShare;
    lexical =
      share === 0 ? words : (1 - share) * words + share * cosine(a.anchor, b.anchor, ANCHOR);
    // The rescue can never exceed anchorRescue (a cosine is at most 1): skip it above that.
    if (gap === 'same' && shares.anchorRescue > 0 && lexical < shares.anchorRescue) {
      const rescue = shares.anchorRescue * cosine(a.anchor, b.anchor, ANCHOR);
      // One or two shared concepts ("NATO", "enlarge") are a topic, not the same commitment.
      if (rescue > lexical && sharedTerms(a.anchor, b.anchor) >= shares.anchorRescueTerms) {
        lexical = rescue;
      }
    }
  }
  return (1 - shares.topicShare) * lexical + shares.topicShare * cosine(a.topic, b.topic, TOPIC);
}

/** Features of several clauses read as one text (a split's halves, a merge's sources). */
export function combineFeatures(parts: readonly ClauseFeatures[]): ClauseFeatures {
  return {
    word: combine(parts.map((p) => p.word)),
    gram: combine(parts.map((p) => p.gram)),
    topic: combine(parts.map((p) => p.topic)),
    anchor: combine(parts.map((p) => p.anchor)),
    language: parts.every((p) => p.language === parts[0]!.language) ? parts[0]!.language : 'other',
  };
}
