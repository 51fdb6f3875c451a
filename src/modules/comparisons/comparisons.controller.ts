import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
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
@ApiTags('comparisons')
@Controller('plans/:plan/compare')
export class ComparisonsController {
  public constructor(private readonly comparisons: ComparisonsService) {}

  /** `plandiff.comparison/v1`, or a report (md, html, csv, docx, pdf), with curated links as pins. */
  @Get()
  @ApiProduces(...Object.values(REPORT_CONTENT_TYPES).map((t) => t.split(';')[0]!))
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
