import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { checkDateRange, pageOf } from '../../common/paging';
import { ProblemException, problem } from '../../common/problem';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';
import { importTextIsolated } from '../../import';
import type { Actor } from '../../common/actor';
import { PlansService } from '../plans/plans.service';
import { EXTRACTOR_VERSION, StatementsService } from '../statements/statements.service';
import { StatementsRepository } from '../statements/statements.repository';
import { REVIEW_PAGE } from '../statements/statements.dto';
import type { ExtractionReport, Page } from '../statements/statements.types';
import { importName } from '../versions/versions.upload';
import type { UploadedDocument } from '../versions/versions.upload';
import type { ArticleQueryDto, CreateArticleDto } from './articles.dto';
import { ArticlesRepository } from './articles.repository';
import type { ArticleDetail, ArticleSummary } from './articles.types';

// C0 controls other than tab, line feed, form feed and carriage return: a binary paste.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F]/;
// A UTF-16 surrogate without its pair cannot be stored as UTF-8 (nor hashed as one).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Articles are stored as read (after decoding): one form of line ending and no byte-order mark,
 * so the same article pasted from Windows or Unix hashes the same and spans index one text.
 */
export function normalizeArticleText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export const sha256Hex = (text: string): string =>
  createHash('sha256').update(text, 'utf8').digest('hex');

@Injectable()
export class ArticlesService {
  public constructor(
    private readonly plans: PlansService,
    private readonly articles: ArticlesRepository,
    private readonly statements: StatementsService,
    private readonly stored: StatementsRepository,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'uploadLimitBytes'>,
  ) {}

  public async list(plan: string, q: ArticleQueryDto = {}): Promise<Page<ArticleSummary>> {
    const planId = await this.plans.requireId(plan);
    checkDateRange(q.from, q.to);
    const { limit, offset, ...filters } = q;
    return this.articles.list(planId, {
      ...filters,
      ...pageOf({ limit, offset }, REVIEW_PAGE.default),
    });
  }

  public async get(plan: string, id: number): Promise<ArticleDetail> {
    const planId = await this.plans.requireId(plan);
    const row = await this.articles.find(planId, id);
    if (row === null) throw ProblemException.notFound(`No article ${id} in plan "${plan}".`);
    return {
      ...(await this.articles.summaryOf(row)),
      text: row.text,
      statements: await this.stored.forArticle(row.id),
    };
  }

  /**
   * Stores an article and its extracted statements (proposed), or answers with the stored record
   * when the plan already has this text (`created: false`). Everything is read, checked and
   * extracted before the one write transaction, so a refusal stores nothing.
   */
  public async create(
    plan: string,
    dto: CreateArticleDto,
    actor: Actor,
    file?: UploadedDocument,
  ): Promise<{ created: boolean; article: ArticleDetail }> {
    const planId = await this.plans.requireId(plan);
    if (file !== undefined && dto.text !== undefined) {
      throw ProblemException.invalid('file', 'Give the article as a file or as "text", not both.');
    }
    if (file === undefined && dto.text === undefined) {
      throw ProblemException.invalid('text', 'Give the article\'s "text", or upload a "file".');
    }
    const raw =
      file !== undefined
        ? (
            await importTextIsolated(file.buffer, importName(file), {
              maxBytes: this.config.uploadLimitBytes,
            })
          ).text
        : dto.text!;
    const text = this.checkText(normalizeArticleText(raw));
    const sha256 = sha256Hex(text);
    const existing = await this.articles.findByHash(planId, sha256);
    if (existing !== null) return { created: false, article: await this.get(plan, existing.id) };
    const result = await this.statements.extract(planId, plan, text, dto.date);
    const title = dto.title?.trim() || result.article.title || firstLine(text);
    try {
      const row = await this.articles.create(
        planId,
        {
          title,
          outlet: dto.outlet.trim(),
          date: dto.date,
          url: dto.url ?? null,
          language: dto.language ?? result.article.language,
          sha256,
          text,
        },
        EXTRACTOR_VERSION,
        result.statements,
        actor,
        plan,
      );
      return { created: true, article: await this.get(plan, row.id) };
    } catch (err) {
      // Two imports of one text at once: the loser answers with the winner's record.
      const raced = await this.articles.findByHash(planId, sha256);
      if (raced !== null) return { created: false, article: await this.get(plan, raced.id) };
      throw err;
    }
  }

  /**
   * Re-runs extraction with the current engine. Proposed statements of older engine versions are
   * replaced; accepted and rejected ones, and the positions they became, are left as they are.
   */
  public async extract(plan: string, id: number, actor: Actor): Promise<ExtractionReport> {
    const planId = await this.plans.requireId(plan);
    const row = await this.articles.find(planId, id);
    if (row === null) throw ProblemException.notFound(`No article ${id} in plan "${plan}".`);
    if (row.text === null) {
      throw new ProblemException(
        problem(409, 'no-text', `Article ${id} is stored as metadata only; there is no text.`),
      );
    }
    const result = await this.statements.extract(planId, plan, row.text, row.date);
    return this.articles.reextract(planId, id, EXTRACTOR_VERSION, result.statements, actor, plan);
  }

  private checkText(text: string): string {
    if (text.trim() === '') {
      throw new ProblemException(problem(422, 'empty-text', 'The article has no text.'));
    }
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > this.config.uploadLimitBytes) {
      throw new ProblemException(
        problem(
          413,
          'too-large',
          `The article is too large (${bytes} bytes; the limit is ${this.config.uploadLimitBytes}).`,
        ),
      );
    }
    if (CONTROL.test(text)) {
      throw new ProblemException(
        problem(422, 'not-text', 'The article contains control characters: is it binary data?'),
      );
    }
    if (LONE_SURROGATE.test(text)) {
      throw new ProblemException(
        problem(422, 'invalid-encoding', 'The article contains an unpaired UTF-16 surrogate.'),
      );
    }
    return text;
  }
}

/** A title for an article given without one: its first line, cut at a word near 200 characters. */
function firstLine(text: string): string {
  const line = text
    .split('\n')
    .find((l) => l.trim() !== '')!
    .trim();
  if (line.length <= 200) return line;
  const cut = line.slice(0, 200);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 100))}…`;
}
