import type { Change, Clause } from '../types';
import { parseBrackets } from './parse';
import { compareBrackets, type BracketComparison } from './resolve';

/**
 * The bracket part of a comparison answer: present only when either version is a negotiating
 * draft (brackets, options, status marks or placeholders in any clause), so comparisons of
 * plain texts keep their exact shape.
 */

/** Cheap test first: no `[`, `{` or "option" anywhere means nothing to parse. */
export function hasBracketSyntax(clauses: readonly Pick<Clause, 'text'>[]): boolean {
  return clauses.some((c) => {
    if (!/[[{]|option/iu.test(c.text)) return false;
    const p = parseBrackets(c.text);
    return (
      p.brackets.length > 0 ||
      p.options.length > 0 ||
      p.marks.length > 0 ||
      p.placeholders.length > 0
    );
  });
}

export function comparisonBrackets(
  from: { readonly slug: string; readonly clauses: readonly Clause[] },
  to: { readonly slug: string; readonly clauses: readonly Clause[] },
  changes: readonly Pick<Change, 'from' | 'to'>[],
): BracketComparison | undefined {
  if (!hasBracketSyntax(from.clauses) && !hasBracketSyntax(to.clauses)) return undefined;
  return compareBrackets(from, to, changes);
}
