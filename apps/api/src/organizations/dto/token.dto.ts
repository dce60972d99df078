import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class CreateTokenDto {
  @ApiProperty({ example: 'pos-1' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: '2027-01-01T00:00:00Z' })
  @IsOptional()
  @IsDateString()
  expires_at?: string;
}

export class CreatedTokenDto {
  @ApiProperty({ format: 'uuid', example: '0f8e2d4c-6b1a-4c3e-8f2d-1a2b3c4d5e6f' }) id: string;
  @ApiProperty({ example: 'pos-1' }) name: string;
  @ApiProperty({ description: 'shown only once', example: 'q3Vt9xKc2LmP8rZs4NwY7bHd5JfA1gEo' }) token: string;
  @ApiProperty({ nullable: true, example: null }) expires_at: string | null;
}

export class TokenDto {
  @ApiProperty({ format: 'uuid', example: '0f8e2d4c-6b1a-4c3e-8f2d-1a2b3c4d5e6f' }) id: string;
  @ApiProperty({ example: 'pos-1' }) name: string;
  @ApiProperty({ nullable: true, example: null }) expires_at: string | null;
  @ApiProperty({ nullable: true, example: null }) last_used_at: string | null;
  @ApiProperty({ nullable: true, example: null }) revoked_at: string | null;
  @ApiProperty({ example: '2026-11-23T09:00:00.000Z' }) created_at: string;
}

export class CreateLegacyTokenDto {
  @ApiPropertyOptional({
    example: 123456,
    description: 'the Token a POS is configured with; random when absent',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  token?: number;
}

export class CreatedLegacyTokenDto {
  @ApiProperty({ format: 'uuid', example: '0f8e2d4c-6b1a-4c3e-8f2d-1a2b3c4d5e6f' }) id: string;
  @ApiProperty({ example: 834501927 }) token: number;
}

export class LegacyTokenDto {
  @ApiProperty({ format: 'uuid', example: '0f8e2d4c-6b1a-4c3e-8f2d-1a2b3c4d5e6f' }) id: string;
  @ApiProperty({ nullable: true, example: null }) revoked_at: string | null;
  @ApiProperty({ example: '2026-11-23T09:00:00.000Z' }) created_at: string;
}
