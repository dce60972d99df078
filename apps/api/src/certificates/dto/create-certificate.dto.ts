import { ApiHideProperty } from '@nestjs/swagger';
import { Absent, CodeField, IsActiveField, ValueField } from './certificate-fields';

/** One item of `POST /bulk-create/`: `is_active` defaults to true, `value` to 0; ids are generated. */
export class CreateCertificateDto {
  @ApiHideProperty()
  @Absent('id must not be sent: ids are generated')
  id?: unknown;

  @CodeField(true)
  code: string;

  @IsActiveField()
  is_active?: boolean;

  @ValueField()
  value?: number;
}
