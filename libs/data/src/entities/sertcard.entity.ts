import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A SertCard series: which goods are its certificates and on what terms (`id` per organization). */
@Entity('sertcard_series')
export class SertCardSeriesEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @PrimaryColumn({ type: 'int' }) id: number;
  @Column({ type: 'varchar', length: 200 }) name: string;
  @Column({ name: 'item_codes', type: 'text', array: true }) itemCodes: string[];
  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true }) nominal: string | null;
  @Column({ name: 'validity_days', type: 'int' }) validityDays: number;
  @Column({ name: 'allow_refund', type: 'boolean' }) allowRefund: boolean;
  @Column({ name: 'allow_reuse', type: 'boolean' }) allowReuse: boolean;
  @Column({ name: 'secret_length', type: 'int' }) secretLength: number;
  @Column({ name: 'secret_alphabet', type: 'varchar', length: 256 }) secretAlphabet: string;
}

/** One sale (PosCode + OrderNumber) that issued certificates; the key of NumberFromGoods retries. */
@Entity('sertcard_sales')
export class SertCardSaleEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @Column({ name: 'series_id', type: 'int' }) seriesId: number;
  @Column({ name: 'pos_code', type: 'varchar', length: 100 }) posCode: string;
  @Column({ name: 'order_number', type: 'varchar', length: 100 }) orderNumber: string;
  @Column({ type: 'char', length: 64 }) fingerprint: string;
}

/** A gift certificate: number from a sequence, random secret, balance, expiry, refund and block state. */
@Entity('sertcard_certificates')
export class SertCardCertificateEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @PrimaryColumn({ type: 'int' }) number: number;
  @Column({ name: 'secret_code', type: 'varchar', length: 64 }) secretCode: string;
  @Column({ name: 'sale_id', type: 'bigint' }) saleId: string;
  @Column({ name: 'series_id', type: 'int' }) seriesId: number;
  @Column({ name: 'item_code', type: 'varchar', length: 100 }) itemCode: string;
  @Column({ type: 'numeric', precision: 12, scale: 2 }) nominal: string;
  @Column({ type: 'numeric', precision: 12, scale: 2 }) remain: string;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;
  @Column({ name: 'allow_refund', type: 'boolean' }) allowRefund: boolean;
  @Column({ name: 'allow_reuse', type: 'boolean' }) allowReuse: boolean;
  @Column({ type: 'boolean' }) blocked: boolean;
  @Column({ name: 'refunded_at', type: 'timestamptz', nullable: true }) refundedAt: Date | null;
}

/** A refund of (part of) a sale, kept so the same refund sent again changes nothing. */
@Entity('sertcard_refunds')
export class SertCardRefundEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ name: 'sale_id', type: 'bigint' }) saleId: string;
  @Column({ type: 'char', length: 64 }) fingerprint: string;
  @Column({ type: 'int', array: true }) numbers: number[];
}

/** A payment with a certificate, one per PosCode + OrderNumber + certificate. */
@Entity('sertcard_payments')
export class SertCardPaymentEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @Column({ type: 'int' }) number: number;
  @Column({ name: 'pos_code', type: 'varchar', length: 100 }) posCode: string;
  @Column({ name: 'order_number', type: 'varchar', length: 100 }) orderNumber: string;
  @Column({ type: 'numeric', precision: 12, scale: 2 }) amount: string;
  @Column({ name: 'refunded_at', type: 'timestamptz', nullable: true }) refundedAt: Date | null;
}
