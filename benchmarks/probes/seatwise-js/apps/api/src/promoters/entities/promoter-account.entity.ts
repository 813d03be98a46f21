import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export interface NotificationSettings {
  email?: { dailySummary?: boolean; lowStock?: boolean; refunds?: boolean };
  sms?: { doorsOpen?: boolean };
  lowStockThreshold?: number;
}

@Entity({ name: 'promoter_accounts' })
export class PromoterAccount {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ unique: true })
  email!: string;

  @Column({ name: 'display_name' })
  displayName!: string;

  @Column({ name: 'company_name' })
  companyName!: string;

  @Column({ type: 'text', default: '' })
  bio!: string;

  @Column({ name: 'logo_url', type: 'varchar', nullable: true })
  logoUrl!: string | null;

  @Column({ name: 'password_hash' })
  passwordHash!: string;

  @Column({ type: 'jsonb', default: {} })
  settings!: Record<string, unknown>;

  @Column({ name: 'notification_settings', type: 'jsonb', default: {} })
  notificationSettings!: NotificationSettings;

  @Column({ name: 'api_key_prefix', type: 'varchar', nullable: true })
  apiKeyPrefix!: string | null;

  @Column({ name: 'api_key_hash', type: 'varchar', nullable: true })
  apiKeyHash!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
