import { ApiProperty } from '@nestjs/swagger';

const UP = { database: { status: 'up' } };

/** What `GET /health` answers when the service is ready (the health check's result). */
export class HealthDto {
  @ApiProperty({ enum: ['ok'], example: 'ok' }) status: 'ok';

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'the indicators that are up, by name',
    example: UP,
  })
  info: Record<string, Record<string, unknown>>;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'the indicators that are down (none when ready)',
    example: {},
  })
  error: Record<string, Record<string, unknown>>;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'every indicator, by name',
    example: UP,
  })
  details: Record<string, Record<string, unknown>>;
}
