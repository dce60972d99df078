import { ApiProperty } from '@nestjs/swagger';

/** A certificate as the seed shows it: keys `id, code, is_active, value`, in that order. */
export class CertificateDto {
  @ApiProperty({ example: 1 })
  id: number;

  @ApiProperty({ example: 'CERT-001' })
  code: string;

  @ApiProperty({ example: true })
  is_active: boolean;

  @ApiProperty({ example: 500 })
  value: number;
}
