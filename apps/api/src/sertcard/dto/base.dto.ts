import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { clrNamespace, DataContract, DataMember } from '@app/xml';

/** The original's CLR namespaces: DataContract XML names its elements by them. */
export const ABSTRACTIONS_NS = clrNamespace('LCManagerPartner.Implementation.Abstractions');
export const REQUEST_NS = clrNamespace('LCManagerPartner.Implementation.Request.SertCardRequest');
export const RESPONSE_NS = clrNamespace('LCManagerPartner.Implementation.Response.SertCardResponse');

export const INT32_MAX = 2147483647;
export const SAFE_MAX = Number.MAX_SAFE_INTEGER;

/** Members every SertCard request inherits: the legacy login pair and the widget code. */
@DataContract({ name: 'BaseRequest', namespace: ABSTRACTIONS_NS })
export class SertCardRequestBase {
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'Operator of the loyalty program (legacy login with Token)',
    example: 1,
  })
  @IsOptional()
  @IsInt()
  @Min(-INT32_MAX - 1)
  @Max(INT32_MAX)
  @DataMember('int')
  Operator?: number | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'Legacy numeric token (with Operator)',
    example: 1,
  })
  @IsOptional()
  @IsInt()
  @Min(-INT32_MAX - 1)
  @Max(INT32_MAX)
  @DataMember('int')
  Token?: number | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Code of the widget that sends the request',
    example: 'sample string 4',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @DataMember('string')
  SiteCode?: string | null;
}

/** Members every SertCard response inherits: `ErrorCode` 0 on success, else a code from the table. */
@DataContract({ name: 'BaseResponse', namespace: ABSTRACTIONS_NS })
export class SertCardResponseBase {
  @ApiProperty({ description: '0 on success; see the error-code table in docs/sertcard.md', example: 0 })
  @DataMember('int')
  ErrorCode: number;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'why the request failed; null on success',
    example: null,
  })
  @DataMember('string')
  Message: string | null;
}
