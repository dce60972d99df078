import { Check, Column, CreateDateColumn, Entity, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';

/**
 * A shop's payment certificate (seed 000). Ids are numbered per organization (1, 2, 3, ... as in
 * the seed), so the primary key is (organization_id, id) and no organization learns from its ids
 * how many certificates others have. Codes are unique per organization, compared byte for byte
 * (collation "C", which also lets the unique index serve `code` prefix filters); the uniqueness
 * check is deferrable so a bulk update may swap codes between certificates.
 */
@Entity('certificates')
@Unique('certificates_org_code_uq', ['organizationId', 'code'], { deferrable: 'INITIALLY IMMEDIATE' })
@Check('certificates_code_length_ck', `char_length(code) BETWEEN 1 AND 64`)
@Check('certificates_value_ck', `value >= 0`)
export class CertificateEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @PrimaryColumn({ type: 'int' })
  id: number;

  @Column({ type: 'varchar', length: 64, collation: 'C' })
  code: string;

  @Column({ name: 'is_active', type: 'boolean', default: true })
  isActive: boolean;

  @Column({ type: 'int', default: 0 })
  value: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * The last certificate id handed out per organization. Bulk creates take the row lock while they
 * run, so concurrent creates of one organization run one after the other and see each other's codes.
 */
@Entity('certificate_sequences')
export class CertificateSequenceEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'last_id', type: 'int' })
  lastId: number;
}
