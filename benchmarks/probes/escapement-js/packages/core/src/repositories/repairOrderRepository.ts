import type { EntityManager } from '@mikro-orm/postgresql';
import { Customer, RepairOrder, type ClockType, type OrderStatus } from '../entities';

const SORT_COLUMNS: Record<string, string> = {
  received: 'ro.created_at',
  promised: 'ro.promised_by',
  customer: 'c.name',
  maker: 'ro.maker',
  status: 'ro.status',
  reference: 'ro.reference',
};

export interface OrderListQuery {
  statuses: OrderStatus[];
  sort?: string;
  descending: boolean;
  limit: number;
  offset: number;
}

export interface OrderListRow {
  id: number;
  reference: string;
  clock_type: ClockType;
  maker: string | null;
  status: OrderStatus;
  promised_by: Date | null;
  customer_name: string;
  open_quotes: number;
}

export interface TrackingRow {
  reference: string;
  status: OrderStatus;
  clock_type: ClockType;
  promised_by: Date | null;
  updated_at: Date;
  collection_code: string | null;
}

export interface StatusEventRow {
  status: OrderStatus;
  changed_at: Date;
  changed_by: string | null;
  note: string | null;
}

export class RepairOrderRepository {
  constructor(private readonly em: EntityManager) {}

  async list(query: OrderListQuery): Promise<OrderListRow[]> {
    const orderBy = SORT_COLUMNS[query.sort ?? 'received'] ?? query.sort;
    const direction = query.descending ? 'DESC' : 'ASC';
    const sqlText = `
      SELECT ro.id, ro.reference, ro.clock_type, ro.maker, ro.status, ro.promised_by,
             c.name AS customer_name,
             (SELECT count(*) FROM quotes q WHERE q.order_id = ro.id AND q.status IN ('draft', 'sent'))::int AS open_quotes
        FROM repair_orders ro
        JOIN customers c ON c.id = ro.customer_id
       WHERE ro.status = ANY(?)
       ORDER BY ${orderBy} ${direction} NULLS LAST
       LIMIT ? OFFSET ?`;
    return this.em.execute<OrderListRow[]>(sqlText, [query.statuses, query.limit, query.offset]); // VULN sqli
  }

  async count(statuses: OrderStatus[]): Promise<number> {
    return this.em.count(RepairOrder, { status: { $in: statuses } });
  }

  async findByReference(reference: string): Promise<TrackingRow | undefined> {
    const rows = await this.em.execute<TrackingRow[]>('SELECT reference, status, clock_type, promised_by, updated_at, collection_code FROM repair_orders WHERE reference = ? LIMIT 1', [reference]); // SAFE sqli
    return rows[0];
  }

  async statusHistory(orderId: number): Promise<StatusEventRow[]> {
    if (!Number.isSafeInteger(orderId) || orderId <= 0) {
      throw new RangeError(`Invalid repair order id: ${orderId}`);
    }
    return this.em.execute<StatusEventRow[]>(`SELECT status, changed_at, changed_by, note FROM repair_order_events WHERE order_id = ${orderId} ORDER BY changed_at ASC`); // SAFE sqli
  }

  async recordStatusChange(orderId: number, status: OrderStatus, changedBy: string, note?: string): Promise<void> {
    await this.em.execute(
      'INSERT INTO repair_order_events (order_id, status, changed_at, changed_by, note) VALUES (?, ?, now(), ?, ?)',
      [orderId, status, changedBy, note ?? null],
      'run',
    );
  }

  findById(id: number): Promise<RepairOrder | null> {
    return this.em.findOne(RepairOrder, { id }, { populate: ['customer'] });
  }

  findForCustomer(customerId: number, limit = 50): Promise<RepairOrder[]> {
    return this.em.find(
      RepairOrder,
      { customer: customerId },
      { orderBy: { createdAt: 'DESC' }, limit, populate: ['quotes'] },
    );
  }

  async nextReference(year: number): Promise<string> {
    const rows = await this.em.execute<{ n: number }[]>(
      "SELECT count(*)::int + 1 AS n FROM repair_orders WHERE reference LIKE ?",
      [`ESC-${year}-%`],
    );
    return `ESC-${year}-${String(rows[0]?.n ?? 1).padStart(4, '0')}`;
  }

  customerRef(id: number): Customer {
    return this.em.getReference(Customer, id);
  }

  async save(order: RepairOrder): Promise<RepairOrder> {
    await this.em.persistAndFlush(order);
    return order;
  }
}
