import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An alphabet codes are drawn from (`slug` unique per organization). */
@Entity('paycode_patterns')
export class PaycodePatternEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @Column({ type: 'varchar', length: 64 }) slug: string;
  @Column({ type: 'varchar', length: 128 }) pattern: string;
}

/** How codes of a kind are made and how long they stay valid (seed field names in the API). */
@Entity('paycode_rules')
export class PaycodeRuleEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @Column({ type: 'varchar', length: 64 }) slug: string;
  @Column({ name: 'pattern_id', type: 'int' }) patternId: number;
  @Column({ name: 'code_lenght', type: 'int' }) codeLength: number;
  @Column({ type: 'varchar', length: 32 }) prefix: string;
  @Column({ name: 'code_duration', type: 'int', nullable: true }) codeDuration: number | null;
  @Column({ name: 'code_duration_date', type: 'date', nullable: true }) codeDurationDate: string | null;
  @Column({ name: 'is_active', type: 'boolean' }) isActive: boolean;
  @Column({ type: 'jsonb' }) config: Record<string, unknown>;
}

/** One single-use code; unique per rule. */
@Entity('paycodes')
export class PaycodeEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @Column({ name: 'rule_id', type: 'int' }) ruleId: number;
  @Column({ type: 'varchar', length: 128 }) code: string;
  @Column({ name: 'start_time', type: 'timestamptz' }) startTime: Date;
  @Column({ name: 'end_time', type: 'timestamptz' }) endTime: Date;
  @Column({ name: 'use_time', type: 'timestamptz', nullable: true }) useTime: Date | null;
  @Column({ name: 'is_active', type: 'boolean' }) isActive: boolean;
}
