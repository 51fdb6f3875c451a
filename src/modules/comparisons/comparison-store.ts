import { createHash } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { ProblemException } from '../../common/problem';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';
import { DB_CHANGES, UNTRACKED } from '../../db/changes';
import type { DbChanges } from '../../db/changes';
import { ENGINE_VERSION, CURATION_VERSION, shapesComparison } from '../../engine';
import type { LineageLink } from '../../engine';
import { ByteLru } from '../../lib/byte-lru';
import { PlansService } from '../plans/plans.service';
import { ComparisonsRepository } from './comparisons.repository';
import type {
  ComparePair,
  ComparisonResult,
  VersionForCompare,
  VersionRef,
} from './comparisons.types';

const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

/**
 * The one key of a comparison result. Stored versions are immutable, so the two version ids,
 * the engine version and the hash of what pins the engine (curated links, curation rules,
 * parameters) determine the result. ETags are derived from it, never spelled another way.
 */
export function comparisonKey(fromId: number, toId: number, paramsHash: string): string {
  return `${fromId}:${toId}:${ENGINE_VERSION}:${paramsHash}`;
}

/** The curated links and their hash: the links decide the result, and how they do is versioned. */
export function pinsHash(links: readonly LineageLink[]): string {
  return sha256(JSON.stringify({ links, curation: CURATION_VERSION, params: {} }));
}

/*
 * Byte accounting. Every kept value is charged what it roughly holds in memory: strings as
 * UTF-16 (2 bytes a character) plus a fixed overhead per object. The figures are estimates, but
 * they are charged against ONE budget (COMPARE_CACHE_MB), so no memo can grow outside it.
 */
const OBJECT_OVERHEAD = 64;

/** A version: its clause texts and labels, plus per-clause and per-version overhead. */
export const versionBytes = (v: VersionForCompare): number =>
  v.clauses.reduce(
    (n, c) => n + 2 * (c.text.length + c.label.length + (c.parent?.length ?? 0)) + OBJECT_OVERHEAD,
    4 * OBJECT_OVERHEAD + 2 * (v.slug.length + v.title.length + v.date.length + v.basis.length),
  );

/**
 * A result: the JSON buffer (its length), plus the parsed object, whose strings hold the same
 * characters as UTF-16 (twice the JSON's length covers them and the objects' overhead), plus
 * the overrides.
 */
export const resultBytes = (r: ComparisonResult, overridesJson: number): number =>
  3 * r.json.length + 2 * overridesJson + OBJECT_OVERHEAD;

/** Links memo: the JSON they were hashed from, as UTF-16, plus overhead. */
const linksBytes = (json: number): number => 2 * json + 2 * OBJECT_OVERHEAD;

/** Pair memo: two refs and a few numbers. */
const PAIR_BYTES = 4 * OBJECT_OVERHEAD;

type Seen = number | string;
type Entry =
  | { readonly kind: 'version'; readonly bytes: number; readonly value: VersionForCompare }
  | { readonly kind: 'result'; readonly bytes: number; readonly value: ComparisonResult }
  | {
      readonly kind: 'links';
      readonly bytes: number;
      readonly seen: Seen;
      readonly value: { readonly links: readonly LineageLink[]; readonly hash: string };
    }
  | {
      readonly kind: 'pair';
      readonly bytes: number;
      readonly seen: Seen;
      readonly value: {
        readonly planId: number;
        readonly from: VersionRef;
        readonly to: VersionRef;
      };
    };

/**
 * Comparison results and what they are computed from, in memory only, under one byte budget
 * (COMPARE_CACHE_MB) that covers every memo: versions by `id@createdAt` (immutable, never
 * stale), results by comparisonKey, and what a request's names resolve to (the plan's pins and
 * the pair's version ids), kept while DB_CHANGES shows no commit. Reads never write the
 * database: a cache row per GET let any reader grow it without bound, and each such commit
 * threw away every snapshot the analyses keep until the next commit.
 */
@Injectable()
export class ComparisonStore {
  private readonly memory: ByteLru<Entry>;

  public constructor(
    private readonly plans: PlansService,
    private readonly repository: ComparisonsRepository,
    @Inject(APP_CONFIG) config: AppConfig,
    @Optional() @Inject(DB_CHANGES) private readonly changes: DbChanges = UNTRACKED,
  ) {
    this.memory = new ByteLru(config.compareCacheBytes, (e) => e.bytes);
  }

  /** Bytes charged to the budget now (never more than COMPARE_CACHE_MB). */
  public get bytes(): number {
    return this.memory.bytes;
  }

  /**
   * The plan, the two versions' ids and the pins of a request: one query each for the plan id,
   * the version ids and the links, skipped while the database shows no commit since they were
   * read (a link written by another process or instance then shows at once). 404 for an
   * unknown plan or version.
   */
  public async resolve(plan: string, from: string, to: string): Promise<ComparePair> {
    const seen = await this.changes.current();
    const pairKey = `pair:${JSON.stringify([plan, from, to])}`;
    const linksKey = `links:${plan}`;
    const pair = this.fresh(pairKey, seen);
    const pins = this.fresh(linksKey, seen);
    if (pair?.kind === 'pair' && pins?.kind === 'links') {
      return this.pair(plan, pair.value, pins.value);
    }
    const planId = await this.plans.requireId(plan);
    const refs = await this.repository.versionRefs(planId, [from, to]);
    const ref = (slug: string): VersionRef => {
      const found = refs.get(slug);
      if (found === undefined) {
        throw ProblemException.notFound(`No version "${slug}" in plan "${plan}".`);
      }
      return found;
    };
    const [a, b] = [ref(from), ref(to)];
    // Relations (thematic, parallel, deferred) shape nothing: they stay out of the key.
    const links = (await this.repository.curatedLinks(planId)).filter(shapesComparison);
    const json = JSON.stringify(links);
    const hash = pinsHash(links);
    if (seen !== null) {
      this.memory.set(pairKey, {
        kind: 'pair',
        bytes: PAIR_BYTES,
        seen,
        value: { planId, from: a, to: b },
      });
      this.memory.set(linksKey, {
        kind: 'links',
        bytes: linksBytes(json.length),
        seen,
        value: { links, hash },
      });
    }
    return this.pair(plan, { planId, from: a, to: b }, { links, hash });
  }

  /** Both versions' content, from memory when kept (immutable under their ref). */
  public async versions(pair: ComparePair): Promise<[VersionForCompare, VersionForCompare]> {
    return [await this.version(pair, pair.from), await this.version(pair, pair.to)];
  }

  public result(key: string): ComparisonResult | undefined {
    const entry = this.memory.get(`result:${key}`);
    return entry?.kind === 'result' ? entry.value : undefined;
  }

  public keep(key: string, result: ComparisonResult): void {
    const bytes = resultBytes(result, JSON.stringify(result.overrides).length);
    this.memory.set(`result:${key}`, { kind: 'result', bytes, value: result });
  }

  private fresh(key: string, seen: Seen | null): Entry | undefined {
    if (seen === null) return undefined;
    const entry = this.memory.get(key);
    return entry !== undefined && 'seen' in entry && entry.seen === seen ? entry : undefined;
  }

  private pair(
    plan: string,
    { planId, from, to }: { planId: number; from: VersionRef; to: VersionRef },
    pins: { links: readonly LineageLink[]; hash: string },
  ): ComparePair {
    const key = comparisonKey(from.id, to.id, pins.hash);
    return { plan, planId, from, to, links: pins.links, key };
  }

  private async version(pair: ComparePair, ref: VersionRef): Promise<VersionForCompare> {
    const kept = this.memory.get(`version:${ref.ref}`);
    if (kept?.kind === 'version') return kept.value;
    const version = await this.repository.loadVersion(ref.id);
    if (version === null) {
      // Deleted between resolving and loading (or the memo outlived it): as if never there.
      throw ProblemException.notFound(`No version "${ref.slug}" in plan "${pair.plan}".`);
    }
    this.memory.set(`version:${ref.ref}`, {
      kind: 'version',
      bytes: versionBytes(version),
      value: version,
    });
    return version;
  }
}
