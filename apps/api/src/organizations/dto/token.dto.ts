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
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'shown only once' }) token: string;
  @ApiProperty({ nullable: true }) expires_at: string | null;
}

export class TokenDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true }) expires_at: string | null;
  @ApiProperty({ nullable: true }) last_used_at: string | null;
  @ApiProperty({ nullable: true }) revoked_at: string | null;
  @ApiProperty() created_at: string;
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
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() token: number;
}

export class LegacyTokenDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ nullable: true }) revoked_at: string | null;
  @ApiProperty() created_at: string;
}
