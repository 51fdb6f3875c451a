import { mentionIndex } from './mentions';
import type { MentionIndex } from './mentions';
import { targeter } from './target';
import type { Targeter } from './target';
import type { ExtractionInput } from './types';

// The registry's indexes depend only on the registry: built once per registry object, so a
// service or bench extracting many articles with the same plan does not rebuild them.
const indexCache = new WeakMap<object, MentionIndex>();
const targeterCache = new WeakMap<object, { key: readonly unknown[]; value: Targeter }>();

export function cachedIndex(actors: ExtractionInput['actors']): MentionIndex {
  let index = indexCache.get(actors);
  if (index === undefined) {
    index = mentionIndex(actors);
    indexCache.set(actors, index);
  }
  return index;
}

export function cachedTargeter(input: ExtractionInput): Targeter {
  const key = [input.versions, input.clauses, input.topics];
  const hit = targeterCache.get(input.clauses);
  if (hit && hit.key.every((k, i) => k === key[i])) return hit.value;
  const value = targeter(input.versions, input.clauses, input.topics);
  targeterCache.set(input.clauses, { key, value });
  return value;
}
