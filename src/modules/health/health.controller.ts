import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiJson, ApiProblem, s } from '../../common/api-docs';
import { Public } from '../../common/auth.guard';
import { HealthService } from './health.service';
import type { Health } from './health.service';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  public constructor(private readonly health: HealthService) {}

  @Get()
  @ApiJson(
    200,
    'The server and its database answer',
    s.object({
      status: s.oneOf('ok'),
      engineVersion: s.str(),
      database: s.oneOf('sqlite', 'postgresql'),
    }),
    { status: 'ok', engineVersion: '1.4.0', database: 'sqlite' },
  )
  @ApiProblem(503, 'unavailable', 'The database does not answer.')
  public check(): Promise<Health> {
    return this.health.check();
  }
}
