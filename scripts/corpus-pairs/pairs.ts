/**
 * Engine-input texts for the accuracy tests. Each text is the version title, a blank line, then the
 * non-placeholder clauses in corpus order (`N. text`, sub-points as `   a) text` under their parent).
 * Clause texts carry plan content only (compiler remarks live in each clause's `note`, which is
 * never written here), so the texts are the fixture texts as they stand.
 */
import type { VersionFixture } from '../../src/corpus/fixture-types/version';

/** The versions written as engine-input texts. */
export const PAIR_VERSIONS = ['v28', 'veu', 'v20'] as const;

/** Renders the engine-input text of a version (non-placeholder clauses only). */
export function renderText(v: VersionFixture): string {
  const lines = [v.title, ''];
  const emitted = new Set<string>();
  for (const c of v.clauses) {
    if (c.status === 'placeholder') continue;
    const text = c.text;
    if (c.parent === undefined) {
      if (!/^\d+$/.test(c.label)) throw new Error(`${v.slug}:${c.label} is not a numbered clause`);
      lines.push(`${c.label}. ${text}`);
    } else {
      if (!emitted.has(c.parent)) throw new Error(`${v.slug}:${c.label} precedes its parent`);
      lines.push(`   ${c.label.slice(c.parent.length)}) ${text}`);
    }
    emitted.add(c.label);
  }
  return `${lines.join('\n')}\n`;
}

/** Labels of the clauses written to a version's text file, in order. */
export function textLabels(v: VersionFixture): string[] {
  return v.clauses.filter((c) => c.status !== 'placeholder').map((c) => c.label);
}
