import { Inject, Injectable } from '@nestjs/common';
import { ProblemException, problem } from '../../common/problem';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';
import type { Actor } from '../../common/actor';
import { checkDateRange, pageOf } from '../../common/paging';
import type { Page } from '../../common/paging';
import { searchClauses } from './clause-search';
import type { ClauseSearchOptions, ClauseSearchResult } from './clause-search';
import { PlansService } from '../plans/plans.service';
import { VERSION_PAGE } from './versions.dto';
import type { CreateVersionDto, VersionQueryDto } from './versions.dto';
import {
  importUpload,
  previewOfImport,
  previewOfText,
  segmentText,
  storedClauses,
  storedTrackedChanges,
} from './versions.import';
import type { ImportPreview } from './versions.import';
import type { ImportResult, RevisionChoice } from '../../import';
import type { UploadedDocument } from './versions.upload';
import { VersionsRepository } from './versions.repository';
import type {
  NewClause,
  NewVersion,
  VersionDetail,
  VersionSummary,
  VersionTrackedChanges,
} from './versions.types';

@Injectable()
export class VersionsService {
  public constructor(
    private readonly plans: PlansService,
    private readonly versions: VersionsRepository,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'uploadLimitBytes'>,
  ) {}

  public async list(planSlug: string, q: VersionQueryDto = {}): Promise<Page<VersionSummary>> {
    const planId = await this.plans.requireId(planSlug);
    checkDateRange(q.from, q.to);
    if (q.party !== undefined) await this.plans.requireParty(planId, q.party);
    return this.versions.list(planId, {
      ...pageOf(q, VERSION_PAGE.default),
      ...(q.from !== undefined ? { from: q.from } : {}),
      ...(q.to !== undefined ? { to: q.to } : {}),
      ...(q.grade !== undefined ? { grade: q.grade } : {}),
      ...(q.basis !== undefined ? { basis: q.basis } : {}),
      ...(q.party !== undefined ? { party: q.party } : {}),
    });
  }

  public async get(planSlug: string, slug: string): Promise<VersionDetail> {
    const version = await this.versions.findDetail(await this.plans.requireId(planSlug), slug);
    if (!version) throw ProblemException.notFound(`No version "${slug}" in plan "${planSlug}".`);
    return version;
  }

  public async search(
    planSlug: string,
    query: string,
    options: ClauseSearchOptions,
  ): Promise<ClauseSearchResult> {
    const planId = await this.plans.requireId(planSlug);
    if (options.version !== undefined) await this.plans.requireVersion(planId, options.version);
    return searchClauses(await this.versions.searchable(planId), query, options);
  }

  /**
   * Versions are immutable: storing a slug twice is a 409, never an update. The clauses come
   * from `text`, `clauses` or an uploaded `file` (exactly one); a file is imported only after
   * the cheap checks pass, and nothing is written unless the whole import succeeded.
   */
  public async create(
    planSlug: string,
    dto: CreateVersionDto,
    actor: Actor,
    file?: UploadedDocument,
    /** A file already imported (the CLI): its tracked changes and original, with dto.clauses. */
    preImported?: ImportResult,
  ): Promise<VersionDetail> {
    const planId = await this.plans.requireId(planSlug);
    if (file !== undefined && (dto.text !== undefined || dto.clauses !== undefined)) {
      throw ProblemException.invalid(
        'file',
        'Give the version as a file or as "text"/"clauses", not both.',
      );
    }
    const fromBody = file === undefined ? await clausesOf(dto) : undefined;
    const parents = [...new Set(dto.parents ?? [])];
    if (parents.includes(dto.slug)) {
      throw ProblemException.invalid('parents', 'A version cannot be its own parent.');
    }
    const known = await this.versions.existingSlugs(planId, parents);
    const missing = parents.filter((p) => !known.includes(p));
    if (missing.length > 0) {
      throw ProblemException.invalid(
        'parents',
        `Unknown parent version(s): ${missing.join(', ')}.`,
      );
    }
    if (await this.versions.exists(planId, dto.slug)) throw immutable(dto.slug);
    const originalSlug = await this.originalSlug(planId, dto, file ?? preImported);
    const imported =
      preImported ??
      (file === undefined
        ? undefined
        : await importUpload(file, this.config.uploadLimitBytes, dto.revisions));
    const base: NewVersion = {
      slug: dto.slug,
      title: dto.title,
      date: dto.date,
      label: dto.label ?? null,
      channel: dto.channel ?? null,
      author: dto.author ?? null,
      notes: dto.notes ?? null,
      basis: dto.basis ?? 'text',
      grade: dto.grade ?? null,
      gradeNote: dto.gradeNote ?? null,
      authorParties: dto.authorParties ?? [],
      parents,
      clauses: fromBody ?? storedClauses(imported!.version.clauses),
    };
    // A Word file's text before its tracked changes, stored as the parent of the accepted one.
    const original = imported?.original;
    const before: NewVersion | undefined =
      original === undefined || originalSlug === undefined
        ? undefined
        : {
            ...base,
            slug: originalSlug,
            title: `${dto.title} (before tracked changes)`,
            clauses: storedClauses(original.version.clauses),
          };
    const version: NewVersion = {
      ...base,
      ...(before !== undefined ? { parents: [...parents, before.slug] } : {}),
      ...(imported !== undefined ? { trackedChanges: storedTrackedChanges(imported) } : {}),
    };
    await this.versions.create(planId, version, actor, planSlug, ...(before ? [before] : []));
    return this.get(planSlug, dto.slug);
  }

  /** With revisions=both, the slug the original text is stored under (checked free). */
  private async originalSlug(
    planId: number,
    dto: CreateVersionDto,
    file: UploadedDocument | ImportResult | undefined,
  ): Promise<string | undefined> {
    if (dto.revisions !== 'both') {
      if (dto.originalSlug !== undefined) {
        throw ProblemException.invalid('originalSlug', 'originalSlug goes with revisions=both.');
      }
      return undefined;
    }
    if (file === undefined) {
      throw ProblemException.invalid('revisions', 'revisions applies to an uploaded Word file.');
    }
    const slug = dto.originalSlug ?? `${dto.slug}-original`;
    if (slug === dto.slug) {
      throw ProblemException.invalid('originalSlug', 'The original needs a slug of its own.');
    }
    if (await this.versions.exists(planId, slug)) throw immutable(slug);
    return slug;
  }

  /** Who changed what in the Word file a version was imported from. */
  public async trackedChanges(planSlug: string, slug: string): Promise<VersionTrackedChanges> {
    const changes = await this.versions.trackedChanges(await this.plans.requireId(planSlug), slug);
    if (changes === null) {
      throw ProblemException.notFound(`No version "${slug}" in plan "${planSlug}".`);
    }
    const authors = [
      ...new Set(changes.map((c) => c.author).filter((a): a is string => a !== null)),
    ];
    return { version: slug, authors, changes };
  }

  /** The clauses a file (or pasted text) would give, for a look before storing; stores nothing. */
  public async preview(
    planSlug: string,
    file: UploadedDocument | undefined,
    text: string | undefined,
    revisions?: RevisionChoice,
  ): Promise<ImportPreview> {
    await this.plans.requireId(planSlug);
    if ((file === undefined) === (text === undefined)) {
      throw ProblemException.invalid('file', 'Give exactly one of a "file" upload or "text".');
    }
    if (file === undefined) return previewOfText(text!);
    const result = await importUpload(file, this.config.uploadLimitBytes, revisions);
    return previewOfImport(file, result);
  }
}

const immutable = (slug: string): ProblemException =>
  new ProblemException(
    problem(409, 'version-exists', `Version "${slug}" exists; stored versions are immutable.`),
  );

/** Clauses from the request: given explicitly, or segmented from the text by the engine. */
export async function clausesOf(dto: CreateVersionDto): Promise<NewClause[]> {
  if ((dto.text === undefined) === (dto.clauses === undefined)) {
    throw ProblemException.invalid(
      'text',
      'Give exactly one of "text", "clauses" or a "file" upload.',
    );
  }
  if (dto.text !== undefined) return storedClauses((await segmentText(dto.text)).clauses);
  const clauses = dto.clauses ?? [];
  const labels = new Set<string>();
  for (const [i, c] of clauses.entries()) {
    if (labels.has(c.label)) {
      throw ProblemException.invalid(`clauses.${i}.label`, `Duplicate clause label "${c.label}".`);
    }
    labels.add(c.label);
  }
  for (const [i, c] of clauses.entries()) {
    if (c.parent !== undefined && (!labels.has(c.parent) || c.parent === c.label)) {
      throw ProblemException.invalid(
        `clauses.${i}.parent`,
        `Parent "${c.parent}" is not another clause of this version.`,
      );
    }
  }
  return clauses.map((c) => ({
    label: c.label,
    text: c.text,
    parent: c.parent ?? null,
    status: c.status ?? 'text',
    topics: c.topics ?? [],
    sources: c.sources ?? [],
  }));
}
