import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'user_accounts' })
export class UserAccount {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'citext' })
  email!: string;

  @Column({ name: 'display_name' })
  displayName!: string;

  @Column({ name: 'password_hash' })
  passwordHash!: string;

  @Column({ name: 'password_scheme', default: 'scrypt' })
  passwordScheme!: 'scrypt' | 'legacy-md5';

  @Column({ name: 'kiosk_pin_hash', nullable: true, type: 'varchar' })
  kioskPinHash!: string | null;

  @Column('text', { array: true, default: '{}' })
  roles!: string[];

  @Column({ name: 'crew_id', nullable: true, type: 'varchar' })
  crewId!: string | null;

  @Column({ name: 'reset_token', nullable: true, type: 'varchar' })
  resetToken!: string | null;

  @Column({ name: 'reset_expires_at', nullable: true, type: 'timestamptz' })
  resetExpiresAt!: Date | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
