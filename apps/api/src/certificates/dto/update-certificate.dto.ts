import { CodeField, IdField, IsActiveField, ValueField } from './certificate-fields';

/** Body of `PUT /{id}/`: every field optional; absent fields keep their value. */
export class UpdateCertificateDto {
  @CodeField(false)
  code?: string;

  @IsActiveField()
  is_active?: boolean;

  @ValueField()
  value?: number;
}

/** One item of `PUT /bulk-update/`: the id, and only the fields to change. */
export class BulkUpdateCertificateDto extends UpdateCertificateDto {
  @IdField()
  id: number;
}
