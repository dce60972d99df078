import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { CODE_MAX_LENGTH, INT32_MAX } from './certificate-fields';

const BOOLEANS: Record<string, boolean> = { true: true, false: false, '1': true, '0': false };

/** Filters and paging of `GET /`; without them the whole list is streamed. */
export class ListCertificatesQueryDto {
  @ApiPropertyOptional({ description: 'Only active (`true`) or inactive (`false`) certificates.' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' && value in BOOLEANS ? BOOLEANS[value] : value))
  @IsBoolean({ message: 'is_active must be true or false' })
  is_active?: boolean;

  @ApiPropertyOptional({
    description: 'Only codes that start with this prefix (case-sensitive).',
    example: 'CERT-',
  })
  @IsOptional()
  @IsString()
  @MaxLength(CODE_MAX_LENGTH)
  code?: string;

  @ApiPropertyOptional({ default: 0, minimum: 0, description: 'Rows to skip (in id order).' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(INT32_MAX)
  offset?: number;

  @ApiPropertyOptional({ minimum: 0, description: 'At most this many rows; no limit when absent.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(INT32_MAX)
  limit?: number;
}
