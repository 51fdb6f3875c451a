/**
 * The curated links of links.json in the shape the gold derivation reads: clause references as
 * `<version label>:<clause label>` (V28:12), a `(none)` side named by its version label.
 */
import type { LinksFixture } from '../../src/corpus/fixture-types/links';
import type { VersionFixture } from '../../src/corpus/fixture-types/version';

export interface LabelLink {
  readonly from: string | null;
  readonly to: string | null;
  readonly kind: string;
  readonly from_version?: string;
  readonly to_version?: string;
}

export function splitRef(ref: string): { readonly id: string; readonly label: string } {
  const i = ref.indexOf(':');
  if (i <= 0) throw new Error(`bad clause reference ${ref}`);
  return { id: ref.slice(0, i), label: ref.slice(i + 1) };
}

export function labelLinks(links: LinksFixture, versions: readonly VersionFixture[]): LabelLink[] {
  const labelOf = (slug: string): string => {
    const v = versions.find((x) => x.slug === slug);
    if (v === undefined) throw new Error(`link to unknown version ${slug}`);
    return v.label;
  };
  return links.links.map((l) => ({
    from: l.from === null ? null : `${labelOf(l.from.version)}:${l.from.label}`,
    to: l.to === null ? null : `${labelOf(l.to.version)}:${l.to.label}`,
    kind: l.kind,
    ...(l.fromVersion === undefined ? {} : { from_version: labelOf(l.fromVersion) }),
    ...(l.toVersion === undefined ? {} : { to_version: labelOf(l.toVersion) }),
  }));
}
