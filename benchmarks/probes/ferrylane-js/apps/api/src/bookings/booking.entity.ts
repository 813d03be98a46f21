import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type BookingStatus = 'held' | 'confirmed' | 'checked_in' | 'boarded' | 'cancelled' | 'no_show';

@Entity({ name: 'bookings' })
export class Booking {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ length: 8 })
  reference!: string;

  @Column({ name: 'sailing_id', type: 'uuid' })
  sailingId!: string;

  @Column({ name: 'passenger_name' })
  passengerName!: string;

  @Column({ name: 'passenger_email' })
  passengerEmail!: string;

  @Column({ name: 'passenger_count', type: 'int', default: 1 })
  passengerCount!: number;

  @Column({ name: 'vehicle_reg', nullable: true, type: 'varchar' })
  vehicleReg!: string | null;

  @Column({ name: 'vehicle_class', nullable: true, type: 'varchar' })
  vehicleClass!: string | null;

  @Column({ type: 'varchar', default: 'held' })
  status!: BookingStatus;

  @Column({ name: 'boarding_pin', length: 6 })
  boardingPin!: string;

  @Column({ name: 'partner_id', nullable: true, type: 'varchar' })
  partnerId!: string | null;

  @Column({ name: 'partner_return_url', nullable: true, type: 'varchar' })
  partnerReturnUrl!: string | null;

  @Column({ name: 'total_cents', type: 'int' })
  totalCents!: number;

  @Column({ name: 'created_by', nullable: true, type: 'uuid' })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
