import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type RefundStatus = 'queued' | 'processing' | 'pending' | 'succeeded' | 'failed';

@Entity({ name: 'refunds' })
export class RefundEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @Column({ name: 'amount_cents', type: 'int' })
  amountCents!: number;

  @Column({ length: 32 })
  reason!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'queued' })
  status!: RefundStatus;

  @Column({ name: 'notify_url', type: 'varchar', nullable: true })
  notifyUrl!: string | null;

  @Column({ name: 'provider_refund_id', type: 'varchar', nullable: true })
  providerRefundId!: string | null;

  @Column({ name: 'requested_by' })
  requestedBy!: string;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
