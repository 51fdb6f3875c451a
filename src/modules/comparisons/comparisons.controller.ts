import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblem } from '../../common/api-docs';
import type { Response } from 'express';
import { etagMatches } from '../../common/conditional';
import { PlanParamDto } from '../../common/dto';
import { send } from '../../common/representation';
import { REPORT_CONTENT_TYPES, isBinaryFormat } from '../../reports';
import { CompareQueryDto } from './comparisons.dto';
import { ComparisonsService } from './comparisons.service';

/**
 * HTTP for comparisons: the strong ETag (the representation's tag), 304 to a matching
 * If-None-Match (decided before anything heavy is loaded), content type and disposition.
 */
const COMPARISON = {
  type: 'object',
  description:
    'plandiff.comparison/v1; the full schema is served at /api/schemas/comparison.v1.json',
  required: ['schema', 'engineVersion', 'from', 'to', 'changes', 'summary'],
  properties: {
    schema: { type: 'string', enum: ['plandiff.comparison/v1'] },
    engineVersion: { type: 'string' },
    from: { type: 'object', additionalProperties: true },
    to: { type: 'object', additionalProperties: true },
    changes: { type: 'array', items: { type: 'object', additionalProperties: true } },
    summary: { type: 'object', additionalProperties: true },
  },
  additionalProperties: true,
};

/** One media type per report format: JSON is the comparison, the rest are documents. */
const COMPARE_CONTENT = Object.fromEntries(
  Object.entries(REPORT_CONTENT_TYPES).map(([format, type]) => [
    type.split(';')[0]!,
    {
      schema:
        format === 'json'
          ? COMPARISON
          : isBinaryFormat(format as keyof typeof REPORT_CONTENT_TYPES)
            ? { type: 'string', format: 'binary' }
            : { type: 'string' },
    },
  ]),
);

@ApiTags('comparisons')
@Controller('plans/:plan/compare')
export class ComparisonsController {
  public constructor(private readonly comparisons: ComparisonsService) {}

  /** `plandiff.comparison/v1`, or a report (md, html, csv, docx, pdf), with curated links as pins. */
  @Get()
  @ApiResponse({
    status: 200,
    description: 'The comparison (format=json, the default) or a report in the asked format',
    content: COMPARE_CONTENT,
  })
  @ApiResponse({ status: 304, description: 'Not modified: If-None-Match matched the ETag' })
  @ApiProblem(422, 'too-many-clauses', 'A version has more clauses than the engine accepts.')
  @ApiProblem(503, 'pdf-unavailable', 'format=pdf needs Chromium, which is not installed.')
  public async compare(
    @Param() { plan }: PlanParamDto,
    @Query() query: CompareQueryDto,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const { tag, format, body } = await this.comparisons.compare({ plan, ...query }, (t) =>
      etagMatches(ifNoneMatch, `"${t}"`),
    );
    // no-cache: clients may keep a copy but must revalidate (a new curated link changes it).
    const headers = { ETag: `"${tag}"`, 'Cache-Control': 'no-cache' };
    if (body === null) return send(res, { status: 304, headers, body: '' });
    const type = { ...headers, 'Content-Type': REPORT_CONTENT_TYPES[format] };
    if (format === 'json') return send(res, { status: 200, headers: type, body });
    // Slugs are [a-z0-9-] already, so the file name needs no escaping.
    const kind = isBinaryFormat(format) || format === 'csv' ? 'attachment' : 'inline';
    const disposition = `${kind}; filename="${[plan, query.from, query.to].join('-')}.${format}"`;
    send(res, { status: 200, headers: { ...type, 'Content-Disposition': disposition }, body });
  }
}
