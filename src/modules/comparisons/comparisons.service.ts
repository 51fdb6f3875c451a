import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ProblemException } from '../../common/problem';
import type { Representation } from '../../common/representation';
import { ENGINE_VERSION, compareVersions } from '../../engine';
import type { Comparison } from '../../engine';
import { render } from '../../engine/render';
import type { RenderFormat } from '../../engine/render';
import { PlansService } from '../plans/plans.service';
import { ComparisonsRepository } from './comparisons.repository';
import type { VersionForCompare } from './comparisons.repository';
import { toOverrides } from './overrides';

const CONTENT_TYPES: Record<RenderFormat, string> = {
  json: 'application/json; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

export interface CompareRequest {
  readonly plan: string;
  readonly from: string;
  readonly to: string;
  readonly format?: RenderFormat;
  readonly ifNoneMatch?: string;
}

@Injectable()
export class ComparisonsService {
  public constructor(
    private readonly plans: PlansService,
    private readonly comparisons: ComparisonsRepository,
  ) {}

  /**
   * Compares two stored versions with the plan's curated links as pins. Stored versions are
   * immutable, so (from, to, engine version, overrides+params hash) determines the result: it
   * is cached under that key and the same key, with the format, is the strong ETag.
   */
  public async compare(req: CompareRequest): Promise<Representation> {
    const planId = await this.plans.requireId(req.plan);
    const a = await this.load(planId, req.plan, req.from);
    const b = await this.load(planId, req.plan, req.to);
    const links = await this.comparisons.curatedLinks(a.id, b.id);
    const overrides = toOverrides(
      links,
      new Set(a.clauses.map((c) => c.label)),
      new Set(b.clauses.map((c) => c.label)),
    );
    const paramsHash = sha256(JSON.stringify({ overrides, params: {} }));
    const key = {
      fromVersionId: a.id,
      toVersionId: b.id,
      engineVersion: ENGINE_VERSION,
      paramsHash,
    };
    const format = req.format ?? 'json';
    const etag = `"${sha256(`${a.id}:${b.id}:${ENGINE_VERSION}:${paramsHash}`).slice(0, 32)}-${format}"`;
    const headers = { ETag: etag, 'Cache-Control': 'no-cache' };
    if (matches(req.ifNoneMatch, etag)) return { status: 304, headers, body: '' };
    let json = await this.comparisons.findCached(key);
    if (json === null) {
      const comparison = compareVersions(
        { title: a.title, clauses: a.clauses },
        { title: b.title, clauses: b.clauses },
        { overrides },
      );
      json = JSON.stringify(comparison);
      await this.comparisons.saveCached(planId, key, json);
    }
    const body =
      format === 'json'
        ? json
        : render(JSON.parse(json) as Comparison, format, {
            sourceLabel: { from: a.slug, to: b.slug },
          });
    return { status: 200, headers: { ...headers, 'Content-Type': CONTENT_TYPES[format] }, body };
  }

  private async load(planId: number, plan: string, slug: string): Promise<VersionForCompare> {
    const version = await this.comparisons.loadVersion(planId, slug);
    if (!version) throw ProblemException.notFound(`No version "${slug}" in plan "${plan}".`);
    return version;
  }
}

/** RFC 9110 If-None-Match: a list of entity tags or `*`; weak comparison. */
function matches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}
