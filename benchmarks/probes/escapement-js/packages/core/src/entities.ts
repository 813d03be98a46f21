import {
  Collection,
  Entity,
  Enum,
  ManyToOne,
  OneToMany,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/core';

export const CLOCK_TYPES = [
  'longcase',
  'bracket',
  'mantel',
  'carriage',
  'skeleton',
  'lantern',
  'regulator',
  'wall',
  'cuckoo',
] as const;
export type ClockType = (typeof CLOCK_TYPES)[number];

export const ORDER_STATUSES = [
  'received',
  'assessing',
  'awaiting-approval',
  'awaiting-parts',
  'in-restoration',
  'regulating',
  'ready',
  'collected',
  'cancelled',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export type QuoteStatus = 'draft' | 'sent' | 'accepted' | 'declined' | 'expired';

export interface QuoteLine {
  code: string;
  description: string;
  kind: 'labour' | 'part' | 'sundry';
  quantity: number;
  unitPence: number;
  optional?: boolean;
}

export interface IntakeChecklist {
  movement: Record<string, unknown>;
  case: Record<string, unknown>;
  dial: Record<string, unknown>;
  pendulum: Record<string, unknown>;
  accessories: string[];
  [section: string]: unknown;
}

@Entity({ tableName: 'customers' })
export class Customer {
  [OptionalProps]?: 'createdAt' | 'isTrade';

  @PrimaryKey()
  id!: number;

  @Property()
  name!: string;

  @Property()
  @Unique()
  email!: string;

  @Property({ nullable: true })
  phone?: string;

  @Property({ nullable: true, hidden: true })
  passwordHash?: string;

  @Property()
  isTrade: boolean = false;

  @Property({ nullable: true })
  callbackUrl?: string;

  @Property({ nullable: true, hidden: true })
  webhookSecret?: string;

  @Property()
  createdAt: Date = new Date();

  @OneToMany(() => RepairOrder, (order) => order.customer)
  orders = new Collection<RepairOrder>(this);
}

@Entity({ tableName: 'staff' })
export class Staff {
  @PrimaryKey()
  id!: number;

  @Property()
  @Unique()
  email!: string;

  @Property()
  displayName!: string;

  @Property({ hidden: true })
  passwordHash!: string;

  @Enum({ items: ['restorer', 'manager', 'front-desk'] })
  role!: 'restorer' | 'manager' | 'front-desk';

  @Property()
  active: boolean = true;
}

@Entity({ tableName: 'repair_orders' })
export class RepairOrder {
  [OptionalProps]?: 'status' | 'createdAt' | 'updatedAt' | 'checklist';

  @PrimaryKey()
  id!: number;

  @Property()
  @Unique()
  reference!: string;

  @ManyToOne(() => Customer)
  customer!: Customer;

  @Enum({ items: () => CLOCK_TYPES as unknown as string[] })
  clockType!: ClockType;

  @Property({ nullable: true })
  maker?: string;

  @Property({ nullable: true })
  movementSerial?: string;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'json' })
  checklist: IntakeChecklist = { movement: {}, case: {}, dial: {}, pendulum: {}, accessories: [] };

  @Property({ type: 'json', nullable: true })
  registryRecord?: Record<string, unknown>;

  @Enum({ items: () => ORDER_STATUSES as unknown as string[] })
  status: OrderStatus = 'received';

  @Property({ nullable: true })
  promisedBy?: Date;

  @Property({ nullable: true, hidden: true })
  collectionCode?: string;

  @Property()
  createdAt: Date = new Date();

  @Property({ onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @OneToMany(() => Quote, (quote) => quote.order)
  quotes = new Collection<Quote>(this);
}

@Entity({ tableName: 'quote_requests' })
export class QuoteRequest {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Customer)
  customer!: Customer;

  @Enum({ items: () => CLOCK_TYPES as unknown as string[] })
  clockType!: ClockType;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'text', nullable: true })
  message?: string;

  @Property({ nullable: true })
  preferredContact?: 'email' | 'phone';

  @ManyToOne(() => RepairOrder, { nullable: true })
  order?: RepairOrder;

  @Property()
  createdAt: Date = new Date();
}

@Entity({ tableName: 'quotes' })
export class Quote {
  [OptionalProps]?: 'status' | 'createdAt' | 'adjustmentPence' | 'lines';

  @PrimaryKey()
  id!: number;

  @ManyToOne(() => RepairOrder)
  order!: RepairOrder;

  @Property()
  @Unique()
  token!: string;

  @Property({ type: 'json' })
  lines: QuoteLine[] = [];

  @Property({ type: 'decimal', precision: 6, scale: 2 })
  labourHours!: string;

  @Property()
  labourRatePence!: number;

  @Property()
  adjustmentPence: number = 0;

  @Property({ nullable: true })
  adjustmentNote?: string;

  @Property({ type: 'text', nullable: true })
  intro?: string;

  @Property({ type: 'text', nullable: true })
  customerMessage?: string;

  @Enum({ items: ['draft', 'sent', 'accepted', 'declined', 'expired'] })
  status: QuoteStatus = 'draft';

  @Property({ type: 'json', nullable: true })
  acceptedOptions?: string[];

  @Property({ nullable: true })
  sentAt?: Date;

  @Property({ nullable: true })
  acceptedAt?: Date;

  @Property()
  createdAt: Date = new Date();
}

export interface WorkshopSettingsData {
  workshop: {
    name: string;
    address: string[];
    phone: string;
    vatNumber?: string;
  };
  quoteFooter: string;
  quoteValidityDays: number;
  collectionEmailTemplate?: string;
  openingHours: Record<string, string>;
  pricing: {
    partsMarkup: number;
    minimumChargePence: number;
  };
  [section: string]: unknown;
}

@Entity({ tableName: 'workshop_settings' })
export class WorkshopSettings {
  [OptionalProps]?: 'updatedAt' | 'updatedBy';

  @PrimaryKey()
  id: number = 1;

  @Property({ type: 'json' })
  data!: WorkshopSettingsData;

  @Property({ nullable: true })
  updatedBy?: string;

  @Property({ onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

export const ALL_ENTITIES = [Customer, Staff, RepairOrder, QuoteRequest, Quote, WorkshopSettings];
