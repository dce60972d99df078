import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheckResult, HealthCheckService } from '@nestjs/terminus';
import { DomainError, Public } from '@app/http';
import { DatabaseHealthIndicator } from './database.health';
import { HealthDto } from './health.dto';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: DatabaseHealthIndicator,
  ) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: HealthDto, description: 'the database is reachable and migrated' })
  @ApiServiceUnavailableResponse({
    description: '`unhealthy`: the database is down or not migrated; details say why',
  })
  async check(): Promise<HealthCheckResult> {
    try {
      return await this.health.check([() => this.database.check('database')]);
    } catch (e) {
      if (!(e instanceof ServiceUnavailableException)) throw e;
      const result = e.getResponse() as HealthCheckResult;
      const details = Object.entries(result.error ?? {}).map(([field, v]) => ({
        field,
        reason: String((v as { reason?: string }).reason ?? 'down'),
      }));
      throw new DomainError('unavailable', 'unhealthy', 'the service is not ready', details);
    }
  }
}
