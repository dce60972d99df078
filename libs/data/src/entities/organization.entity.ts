import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export interface OrganizationSettings {
  timezone: string;
  max_cards_per_user: number;
  identify_requires_code: boolean;
  webhook_url: string | null;
  default_card_image: string | null;
  legacy_tokens_enabled: boolean;
  language: 'en' | 'ru';
}

export const DEFAULT_SETTINGS: OrganizationSettings = {
  timezone: 'UTC',
  max_cards_per_user: 0,
  identify_requires_code: true,
  webhook_url: null,
  default_card_image: null,
  legacy_tokens_enabled: true,
  language: 'en',
};

@Entity('organizations')
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'operator_id', type: 'int', unique: true })
  operatorId: number;

  @Column({ type: 'jsonb' })
  settings: OrganizationSettings;

  /** Signs outbound webhooks (HMAC-SHA256). */
  @Column({ name: 'webhook_secret', type: 'text' })
  webhookSecret: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
