import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'venues' })
export class VenueEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column()
  name!: string;

  @Column({ unique: true })
  slug!: string;

  @Column()
  city!: string;

  @Column({ name: 'country_code', length: 2 })
  countryCode!: string;

  @Column({ type: 'int' })
  capacity!: number;

  @Column({ name: 'timezone', default: 'Europe/Amsterdam' })
  timezone!: string;

  @Column({ name: 'manager_promoter_id', type: 'uuid', nullable: true })
  managerPromoterId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
