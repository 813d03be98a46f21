import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { VenueEntity } from '../../venues/entities/venue.entity';

export type EventStatus = 'draft' | 'published' | 'cancelled' | 'completed';

@Entity({ name: 'events' })
export class EventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column()
  title!: string;

  @Column({ name: 'description_html', type: 'text', default: '' })
  descriptionHtml!: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz', nullable: true })
  endsAt!: Date | null;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: EventStatus;

  @Column({ name: 'min_price_cents', type: 'int', default: 0 })
  minPriceCents!: number;

  @Column({ type: 'int' })
  capacity!: number;

  @Column({ name: 'pricing_preset', type: 'varchar', length: 32, default: 'flat' })
  pricingPreset!: string;

  @Column({ name: 'promoter_id', type: 'uuid' })
  promoterId!: string;

  @Column({ name: 'venue_id', type: 'uuid' })
  venueId!: string;

  @ManyToOne(() => VenueEntity)
  @JoinColumn({ name: 'venue_id' })
  venue!: VenueEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
