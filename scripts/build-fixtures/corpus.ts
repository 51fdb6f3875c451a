/** Converts the dossier into the human-editable corpus fixtures (plan, versions, links, positions, sources). */
import type { Dossier, DossierLink, DossierPosition, DossierVersion } from './dossier';
import { isPlaceholder, parentLabel, slugOf, splitRef } from './dossier';
import type {
  ClauseFixture,
  ClauseRef,
  LinkFixture,
  LinksFixture,
  PlanFixture,
  PositionFixture,
  PositionTarget,
  PositionsFixture,
  SourceFixture,
  SourcesFixture,
  VersionFixture,
} from './types';

export const PLAN_SLUG = 'ukraine-2025';

/**
 * The version DAG. Drafts branch: VEU re-works V28; VEU24 is an independent European text; the
 * Geneva framework (V19) came out of V28 with E3 input; V27 (US–Russia channel) and V20US (US
 * package to Kyiv) both descend from V19; V20 descends from V20US with European input. V27 and
 * V20 are parallel branches (Ryabkov, 26 Dec), so neither is an ancestor of the other.
 */
export const PARENTS: Readonly<Record<string, readonly string[]>> = {
  v28: [],
  veu: ['v28'],
  veu24: [],
  v19: ['v28', 'veu'],
  v27: ['v19'],
  v20us: ['v19'],
  v20: ['v20us', 'veu'],
};

/**
 * The parties that authored each version, in the positions' party names. Read from the dossier's
 * `author` text: a version's authors count as supporting it unless one of their positions says
 * otherwise (dispute derivation).
 */
export const AUTHOR_PARTIES: Readonly<Record<string, readonly string[]>> = {
  v28: ['US'],
  veu: ['Europe/EU'],
  veu24: ['Europe/EU', 'Ukraine'],
  v19: ['US', 'Ukraine'],
  v27: ['US'],
  v20us: ['US'],
  v20: ['US', 'Ukraine'],
};

export function buildPlan(dossier: Dossier): PlanFixture {
  return {
    schema: 'plandiff.plan/v1',
    slug: PLAN_SLUG,
    title: 'US-brokered Russia–Ukraine peace plan, November–December 2025',
    description:
      'Seven successive or parallel versions of the 2025 peace plan, from the leaked US 28-point ' +
      'draft to the 20-point framework read out by Zelensky, as clause-level paraphrases with sources.',
    versionOrder: dossier.meta.version_order.map(slugOf),
  };
}

function buildClause(v: DossierVersion, i: number): ClauseFixture {
  const p = v.points[i]!;
  const parent = parentLabel(p.num);
  return {
    label: p.num,
    ...(parent !== undefined ? { parent } : {}),
    text: p.paraphrase,
    status: isPlaceholder(p) ? 'placeholder' : p.status,
    topics: [...p.topics],
    sources: [...p.sources],
    ...(p.note !== undefined ? { note: p.note } : {}),
  };
}

/** The short grade: `A/B (mixed)` → `A/B` (the long text is kept in gradeNote). */
function shortGrade(grade: string): string {
  const m = /^[A-D](\/[A-D])?\b/.exec(grade);
  if (!m) throw new Error(`unrecognised evidence grade ${grade}`);
  return m[0];
}

export function buildVersion(v: DossierVersion): VersionFixture {
  const slug = slugOf(v.id);
  const parents = PARENTS[slug];
  if (parents === undefined) throw new Error(`no DAG entry for ${slug}`);
  const authorParties = AUTHOR_PARTIES[slug];
  if (authorParties === undefined) throw new Error(`no author parties for ${slug}`);
  return {
    schema: 'plandiff.version/v1',
    slug,
    label: v.id,
    title: v.title,
    date: v.date,
    channel: v.author,
    authorParties,
    basis: v.basis,
    grade: shortGrade(v.grade),
    gradeNote: v.evidence_grade,
    notes: v.notes,
    parents,
    clauses: v.points.map((_, i) => buildClause(v, i)),
  };
}

function ref(text: string | null): ClauseRef | null {
  if (text === null) return null;
  const { id, label } = splitRef(text);
  return { version: slugOf(id), label };
}

function buildLink(l: DossierLink): LinkFixture {
  return {
    from: ref(l.from),
    to: ref(l.to),
    ...(l.from === null && l.from_version !== undefined
      ? { fromVersion: slugOf(l.from_version) }
      : {}),
    ...(l.to === null && l.to_version !== undefined ? { toVersion: slugOf(l.to_version) } : {}),
    kind: l.kind,
    evidence: l.evidence,
    confidence: l.confidence,
  };
}

export function buildLinks(dossier: Dossier): LinksFixture {
  return { schema: 'plandiff.links/v1', links: dossier.links.map(buildLink) };
}

/** `"14"` → one label; `"12; 14"` → several labels; null → the topic (`general` = whole version). */
function target(p: DossierPosition): PositionTarget {
  if (p.point === null) return { topic: p.topic };
  const labels = p.point.split(';').map((s) => s.trim());
  if (labels.length === 1) return { label: labels[0]!, topic: p.topic };
  return { labels, topic: p.topic };
}

export function buildPositions(dossier: Dossier): PositionsFixture {
  const width = Math.max(2, String(dossier.positions.length).length);
  const positions = dossier.positions.map((p, i): PositionFixture => ({
    id: `p${String(i + 1).padStart(width, '0')}`,
    party: p.party,
    actor: p.person,
    version: slugOf(p.version),
    target: target(p),
    stance: p.stance,
    quote: p.quote,
    date: p.date === '' ? null : p.date,
    outlet: p.outlet,
    sources: [p.source],
    ...(p.note !== undefined ? { note: p.note } : {}),
  }));
  return { schema: 'plandiff.positions/v1', positions };
}

/**
 * Language of a source page, from explicit host/path rules only (first match wins); anything
 * not matched is English. Non-English pages were read via the outlets' own translations or
 * mirrors, per the dossier's meta.
 */
const LANGUAGE_RULES: readonly { readonly lang: string; readonly test: (u: URL) => boolean }[] = [
  { lang: 'ru', test: (u) => u.hostname.endsWith('.ru') },
  { lang: 'ru', test: (u) => u.hostname === 'news.by' },
  { lang: 'ru', test: (u) => u.pathname.split('/').includes('ru') },
  { lang: 'uk', test: (u) => ['uk', 'ukr', 'ua'].some((s) => u.pathname.split('/').includes(s)) },
  { lang: 'uk', test: (u) => ['www.unian.ua', '24tv.ua'].includes(u.hostname) },
  { lang: 'de', test: (u) => ['deutsch', 'germany'].includes(u.hostname.split('.')[0]!) },
  { lang: 'it', test: (u) => u.hostname === 'italy.news-pravda.com' },
  { lang: 'nl', test: (u) => u.hostname === 'dutch.news-pravda.com' },
  { lang: 'fr', test: (u) => u.hostname === 'francais.news-pravda.com' },
  { lang: 'lv', test: (u) => u.hostname === 'www.la.lv' },
  { lang: 'es', test: (u) => u.hostname === 'www.lagaceta.com.ar' },
];

export function languageOf(url: string): string {
  const u = new URL(url);
  return LANGUAGE_RULES.find((r) => r.test(u))?.lang ?? 'en';
}

/** `Politico Europe (via Daily Guardian Europe)` → `Daily Guardian Europe`; otherwise unchanged. */
function carrier(outlet: string): string {
  const m = /\(via ([^)]+)\)$/.exec(outlet);
  return m ? m[1]! : outlet;
}

/**
 * Outlet of a URL: the positions' `outlet` when the URL is quoted there (if positions disagree,
 * the common "via" carrier, else the first), otherwise the hostname without `www.`.
 */
function outletOf(url: string, positions: readonly DossierPosition[]): string {
  const named = [...new Set(positions.filter((p) => p.source === url).map((p) => p.outlet))];
  if (named.length === 1) return named[0]!;
  if (named.length > 1) {
    const carriers = new Set(named.map(carrier));
    return carriers.size === 1 ? [...carriers][0]! : named[0]!;
  }
  return new URL(url).hostname.replace(/^www\./, '');
}

/** Every distinct URL in clause and position sources, in order of first use. */
export function allUrls(dossier: Dossier): string[] {
  const urls = new Set<string>();
  for (const v of dossier.versions) for (const p of v.points) p.sources.forEach((u) => urls.add(u));
  for (const p of dossier.positions) urls.add(p.source);
  return [...urls];
}

export function buildSources(dossier: Dossier): SourcesFixture {
  const sources = allUrls(dossier).map((url): SourceFixture => ({
    url,
    outlet: outletOf(url, dossier.positions),
    language: languageOf(url),
  }));
  return { schema: 'plandiff.sources/v1', sources };
}
