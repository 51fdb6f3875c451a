import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { REPORT_LAYOUT } from '../../reports';
import type { ReportFormat } from '../../reports';
import { compareOffLoop } from '../engine-work/engine-work';
import { ComparisonReports } from './comparison-reports';
import { ComparisonStore } from './comparison-store';
import type { ComparePair, ComparisonResult, VersionForCompare } from './comparisons.types';

export interface CompareRequest {
  readonly plan: string;
  readonly from: string;
  readonly to: string;
  readonly format?: ReportFormat;
}

/** A comparison in the requested format, or `body: null` when the client's copy is current. */
export interface CompareOutcome {
  /** Names this representation: same tag, same bytes (the controller makes it the ETag). */
  readonly tag: string;
  readonly format: ReportFormat;
  readonly body: string | Buffer | null;
}

/**
 * The tag of a representation: the comparison's one key, and for reports their layout (bumped
 * when what a report shows changes, so cached copies are fetched again), then the format.
 */
export function representationTag(key: string, format: ReportFormat): string {
  const layout = format === 'json' ? '' : `:${REPORT_LAYOUT}`;
  const digest = createHash('sha256').update(`${key}${layout}`, 'utf8').digest('hex');
  return `${digest.slice(0, 32)}-${format}`;
}

/**
 * Compares two stored versions with the plan's curated links as pins. One pass: resolve the
 * request's names to ids and pins (store), answer "not modified" before loading anything heavy,
 * take the result from memory or compute it (engine) and keep it (store), then render a report
 * from the result object (reports). Nothing here writes the database.
 */
@Injectable()
export class ComparisonsService {
  public constructor(
    private readonly store: ComparisonStore,
    private readonly reports: ComparisonReports,
  ) {}

  /** `current(tag)` tells whether the client already holds that representation. */
  public async compare(
    req: CompareRequest,
    current: (tag: string) => boolean = () => false,
  ): Promise<CompareOutcome> {
    const format = req.format ?? 'json';
    const pair = await this.store.resolve(req.plan, req.from, req.to);
    const tag = representationTag(pair.key, format);
    if (current(tag)) return { tag, format, body: null };
    let versions: [VersionForCompare, VersionForCompare] | undefined;
    let result = this.store.result(pair.key);
    if (result === undefined) {
      versions = await this.store.versions(pair);
      result = await compute(pair, versions);
      this.store.keep(pair.key, result);
    }
    if (format === 'json') return { tag, format, body: result.json };
    versions ??= await this.store.versions(pair);
    return { tag, format, body: await this.reports.render(pair, versions, result, format) };
  }
}

/**
 * The comparison as the plan's curation reads it (see curatedComparison): B is read as a
 * read-out when it is reported or has placeholders, so what it does not mention is unknown.
 * Large versions are compared in a worker thread (engine-work), never on the event loop.
 */
async function compute(
  pair: ComparePair,
  [a, b]: readonly [VersionForCompare, VersionForCompare],
): Promise<ComparisonResult> {
  const { comparison, overrides, json } = await compareOffLoop(
    { slug: a.slug, title: a.title, clauses: a.clauses },
    {
      slug: b.slug,
      title: b.title,
      clauses: b.clauses,
      reported: b.basis === 'reported' || b.incomplete,
    },
    pair.links,
  );
  return {
    comparison,
    overrides,
    json: Buffer.from(json.buffer, json.byteOffset, json.byteLength),
  };
}
