import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type SailingStatus = 'scheduled' | 'boarding' | 'departed' | 'arrived' | 'delayed' | 'cancelled';

@Entity({ name: 'sailings' })
@Index(['departurePort', 'departsAt'])
export class Sailing {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'route_code', length: 12 })
  routeCode!: string;

  @Column({ name: 'vessel_code', length: 12 })
  vesselCode!: string;

  @Column({ name: 'vessel_imo', type: 'int' })
  vesselImo!: number;

  @Column({ name: 'departure_port', length: 5 })
  departurePort!: string;

  @Column({ name: 'arrival_port', length: 5 })
  arrivalPort!: string;

  @Column({ name: 'departs_at', type: 'timestamptz' })
  departsAt!: Date;

  @Column({ name: 'arrives_at', type: 'timestamptz' })
  arrivesAt!: Date;

  @Column({ name: 'passenger_capacity', type: 'int' })
  passengerCapacity!: number;

  @Column({ name: 'vehicle_capacity', type: 'int' })
  vehicleCapacity!: number;

  @Column({ type: 'varchar', default: 'scheduled' })
  status!: SailingStatus;

  @Column({ type: 'text', nullable: true })
  remarks!: string | null;

  @Column({ name: 'berth', type: 'varchar', nullable: true })
  berth!: string | null;
}
