import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/auth.guard';
import { HealthService } from './health.service';
import type { Health } from './health.service';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  public constructor(private readonly health: HealthService) {}

  @Get()
  public check(): Promise<Health> {
    return this.health.check();
  }
}
