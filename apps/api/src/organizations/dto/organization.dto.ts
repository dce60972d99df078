import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { OrganizationSettingsDto } from '../organization-settings.dto';

export class CreateOrganizationDto {
  @ApiProperty({ example: 'Corner Shop' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: 1001, description: 'SertCard Operator number; generated when absent' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  operator_id?: number;

  @ApiPropertyOptional({ type: OrganizationSettingsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganizationSettingsDto)
  settings?: OrganizationSettingsDto;
}

export class UpdateOrganizationDto {
  @ApiPropertyOptional({ example: 'Corner Shop Ltd' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ example: 1002 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  operator_id?: number;

  @ApiPropertyOptional({ type: OrganizationSettingsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganizationSettingsDto)
  settings?: OrganizationSettingsDto;
}

export class OrganizationDto {
  @ApiProperty({ format: 'uuid', example: '5b0e7c1e-2f7a-4d8e-9c1a-3f4b5d6e7f80' }) id: string;
  @ApiProperty({ example: 'Corner Shop' }) name: string;
  @ApiProperty({ example: 1001 }) operator_id: number;
  @ApiProperty({ type: OrganizationSettingsDto }) settings: Record<string, unknown>;
}

/** The key webhooks of the organization are signed with (HMAC-SHA256 of the body). */
export class WebhookSecretDto {
  @ApiProperty({ example: 'Jx3…', description: 'verify `x-giftcode-signature: sha256=<hex>` with it' })
  webhook_secret: string;
}
