import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Max,
  MaxLength,
  Min,
  Validate,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';

@ValidatorConstraint({ name: 'timezone' })
export class IsTimeZone implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'string') return false;
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: value });
      return true;
    } catch {
      return false;
    }
  }
  defaultMessage(): string {
    return 'timezone must be an IANA time zone name such as Europe/Warsaw';
  }
}

/** Organization settings; each absent one keeps its current value (or its default on create). */
export class OrganizationSettingsDto {
  @ApiPropertyOptional({
    example: 'Europe/Warsaw',
    description: 'IANA name; PayCodes validity days and SertCard dates',
  })
  @IsOptional()
  @Validate(IsTimeZone)
  timezone?: string;

  @ApiPropertyOptional({ example: 0, description: '0: unlimited' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  max_cards_per_user?: number;

  @ApiPropertyOptional({ example: true })
  @IsOptional()
  @IsBoolean()
  identify_requires_code?: boolean;

  @ApiPropertyOptional({ example: 'https://shop.example/hooks/giftcode', nullable: true })
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  @MaxLength(2000)
  webhook_url?: string | null;

  @ApiPropertyOptional({ nullable: true, example: 'https://shop.example/img/card.png' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  default_card_image?: string | null;

  @ApiPropertyOptional({ example: true })
  @IsOptional()
  @IsBoolean()
  legacy_tokens_enabled?: boolean;

  @ApiPropertyOptional({ enum: ['en', 'ru'], example: 'ru' })
  @IsOptional()
  @IsIn(['en', 'ru'])
  language?: 'en' | 'ru';
}
