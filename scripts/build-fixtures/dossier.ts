/**
 * Shapes of the research dossier (`plans.json`) and a loader that checks them at runtime, so that
 * a change in the dossier fails loudly instead of producing silently wrong fixtures.
 */

export interface DossierPoint {
  readonly num: string;
  readonly paraphrase: string;
  readonly topics: readonly string[];
  readonly status: 'text' | 'reported';
  readonly sources: readonly string[];
  readonly corresponds_to: readonly string[];
  readonly note?: string;
}

export interface DossierVersion {
  readonly id: string;
  readonly title: string;
  readonly date: string;
  readonly author: string;
  readonly basis: 'text' | 'reported' | 'mixed';
  readonly evidence_grade: string;
  readonly grade: string;
  readonly notes: string;
  readonly points: readonly DossierPoint[];
}

export interface DossierLink {
  readonly from: string | null;
  readonly to: string | null;
  readonly kind: string;
  readonly evidence: string;
  readonly confidence: string;
  readonly from_version?: string;
  readonly to_version?: string;
}

export interface DossierPosition {
  readonly party: string;
  readonly person: string;
  readonly version: string;
  readonly point: string | null;
  readonly topic: string;
  readonly stance: string;
  readonly quote: string;
  readonly source: string;
  readonly date: string;
  readonly outlet: string;
  readonly note?: string;
}

export interface Dossier {
  readonly meta: { readonly version_order: readonly string[] };
  readonly versions: readonly DossierVersion[];
  readonly links: readonly DossierLink[];
  readonly positions: readonly DossierPosition[];
}

type Obj = Record<string, unknown>;

function obj(value: unknown, where: string): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`${where}: expected an object`);
  }
  return value as Obj;
}

function str(o: Obj, key: string, where: string): void {
  if (typeof o[key] !== 'string') throw new Error(`${where}.${key}: expected a string`);
}

function optStr(o: Obj, key: string, where: string): void {
  if (o[key] !== undefined && o[key] !== null) str(o, key, where);
}

function strArray(o: Obj, key: string, where: string): void {
  const v = o[key];
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) {
    throw new Error(`${where}.${key}: expected an array of strings`);
  }
}

function arr(o: Obj, key: string, where: string): unknown[] {
  const v = o[key];
  if (!Array.isArray(v)) throw new Error(`${where}.${key}: expected an array`);
  return v as unknown[];
}

function oneOf(o: Obj, key: string, allowed: readonly string[], where: string): void {
  const v = o[key];
  if (typeof v !== 'string' || !allowed.includes(v)) {
    throw new Error(`${where}.${key}: expected one of ${allowed.join('|')}, got ${String(v)}`);
  }
}

/** Parses and structurally checks the dossier JSON text. */
export function parseDossier(text: string): Dossier {
  const root = obj(JSON.parse(text) as unknown, 'dossier');
  strArray(obj(root.meta, 'meta'), 'version_order', 'meta');
  arr(root, 'versions', 'dossier').forEach((v, i) => {
    const where = `versions[${i}]`;
    const o = obj(v, where);
    for (const k of ['id', 'title', 'date', 'author', 'evidence_grade', 'grade', 'notes']) {
      str(o, k, where);
    }
    oneOf(o, 'basis', ['text', 'reported', 'mixed'], where);
    arr(o, 'points', where).forEach((p, j) => {
      const pw = `${where}.points[${j}]`;
      const po = obj(p, pw);
      str(po, 'num', pw);
      str(po, 'paraphrase', pw);
      strArray(po, 'topics', pw);
      strArray(po, 'sources', pw);
      strArray(po, 'corresponds_to', pw);
      oneOf(po, 'status', ['text', 'reported'], pw);
      optStr(po, 'note', pw);
    });
  });
  arr(root, 'links', 'dossier').forEach((l, i) => {
    const where = `links[${i}]`;
    const o = obj(l, where);
    optStr(o, 'from', where);
    optStr(o, 'to', where);
    for (const k of ['kind', 'evidence', 'confidence']) str(o, k, where);
    optStr(o, 'from_version', where);
    optStr(o, 'to_version', where);
  });
  arr(root, 'positions', 'dossier').forEach((p, i) => {
    const where = `positions[${i}]`;
    const o = obj(p, where);
    for (const k of ['party', 'person', 'version', 'topic', 'stance', 'quote', 'source']) {
      str(o, k, where);
    }
    for (const k of ['date', 'outlet']) str(o, k, where);
    optStr(o, 'point', where);
    optStr(o, 'note', where);
  });
  return root as unknown as Dossier;
}

/** Dossier version id → fixture slug (V28 → v28, V20US → v20us, …). */
export const SLUGS: Readonly<Record<string, string>> = {
  V28: 'v28',
  VEU: 'veu',
  VEU24: 'veu24',
  V19: 'v19',
  V27: 'v27',
  V20US: 'v20us',
  V20: 'v20',
};

export function slugOf(id: string): string {
  const slug = SLUGS[id];
  if (slug === undefined) throw new Error(`unknown dossier version id ${id}`);
  return slug;
}

const PLACEHOLDER_PREFIXES = ['DELETED:', 'NOT LISTED:', 'NOT RETRIEVED:'] as const;

/** Deliberate placeholder rows (kept only so numbering lines up with the parent text). */
export function isPlaceholder(point: DossierPoint): boolean {
  return PLACEHOLDER_PREFIXES.some((p) => point.paraphrase.startsWith(p));
}

/** Parent label of a lettered sub-point (`10a` → `10`), otherwise undefined. */
export function parentLabel(label: string): string | undefined {
  const m = /^(\d+)[a-z]$/.exec(label);
  return m ? m[1] : undefined;
}

/** Splits a dossier reference such as `V28:10a` into version id and label. */
export function splitRef(ref: string): { readonly id: string; readonly label: string } {
  const i = ref.indexOf(':');
  if (i <= 0) throw new Error(`bad dossier reference ${ref}`);
  return { id: ref.slice(0, i), label: ref.slice(i + 1) };
}
