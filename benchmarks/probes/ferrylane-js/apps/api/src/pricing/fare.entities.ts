import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'fare_rules' })
@Index(['routeCode', 'priority'])
export class FareRule {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'route_code', length: 12 })
  routeCode!: string;

  @Column()
  name!: string;

  /** Boolean expression over the quote context, e.g. `ctx.weekday === 5 && ctx.hour >= 16`. */
  @Column({ type: 'text' })
  condition!: string;

  @Column({ name: 'adjustment_percent', type: 'numeric', precision: 6, scale: 2 })
  adjustmentPercent!: string;

  @Column({ type: 'jsonb', default: {} })
  options!: Record<string, unknown>;

  @Column({ type: 'int', default: 100 })
  priority!: number;

  @Column({ default: true })
  active!: boolean;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;
}

@Entity({ name: 'fare_tables' })
export class FareTable {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'route_code', length: 12 })
  routeCode!: string;

  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom!: string;

  @Column({ name: 'adult_cents', type: 'int' })
  adultCents!: number;

  @Column({ name: 'vehicle_cents', type: 'jsonb', default: {} })
  vehicleCents!: Record<string, number>;

  /** Fuel surcharge formula from the bunker price sheet, e.g. "(1.42 - 1.10) * 180". */
  @Column({ name: 'fuel_formula', type: 'varchar', nullable: true })
  fuelFormula!: string | null;
}
