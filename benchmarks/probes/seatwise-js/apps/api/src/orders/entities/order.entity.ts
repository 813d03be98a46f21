import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { TicketEntity } from './ticket.entity';

export type OrderStatus = 'pending' | 'paid' | 'partially_refunded' | 'refunded' | 'cancelled' | 'archived';

@Entity({ name: 'orders' })
export class OrderEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Column({ name: 'buyer_id', type: 'varchar' })
  buyerId!: string;

  @Column({ name: 'buyer_email' })
  buyerEmail!: string;

  @Column({ name: 'buyer_name' })
  buyerName!: string;

  @Column({ name: 'total_cents', type: 'int' })
  totalCents!: number;

  @Column({ name: 'refunded_cents', type: 'int', default: 0 })
  refundedCents!: number;

  @Column({ length: 3, default: 'EUR' })
  currency!: string;

  @Column({ type: 'varchar', length: 24, default: 'pending' })
  status!: OrderStatus;

  @Column({ name: 'payment_intent_id', type: 'varchar', nullable: true })
  paymentIntentId!: string | null;

  @OneToMany(() => TicketEntity, (ticket) => ticket.order, { cascade: ['insert'] })
  tickets!: TicketEntity[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
