import { knex } from '../config/database.js';

export interface OrderListOptions {
  eventId?: number;
  buyer?: string;
  sort?: string;
  direction?: string;
  page: number;
  pageSize: number;
}

const SORTABLE_COLUMNS = new Map([['created', 'o.created_at'], ['total', 'o.total_cents'], ['buyer', 'o.buyer_email'], ['status', 'o.status']]);

export async function listOrders(opts: OrderListOptions) {
  const sortColumn = SORTABLE_COLUMNS.get(opts.sort ?? '') ?? 'o.created_at';
  const direction = opts.direction === 'asc' ? 'asc' : 'desc';
  const query = knex('orders as o')
    .select('o.id', 'o.event_id', 'o.buyer_email', 'o.total_cents', 'o.status', 'o.created_at')
    .offset((opts.page - 1) * opts.pageSize)
    .limit(opts.pageSize);
  if (opts.eventId) query.where('o.event_id', opts.eventId);
  if (opts.buyer) {
    query.whereRaw(`lower(o.buyer_email) like '%${opts.buyer.toLowerCase()}%'`); // VULN sqli
  }
  query.orderByRaw(`${sortColumn} ${direction} nulls last`); // SAFE sqli
  return query;
}

export async function findOrder(orderId: string) {
  return knex('orders').where({ id: orderId }).first('id', 'total_cents', 'status');
}

export async function findOrderTickets(orderId: string) {
  return knex('tickets').select('id', 'section', 'row', 'seat').where({ order_id: orderId }).orderBy(['section', 'row', 'seat']);
}

export async function markRefunded(orderId: string, reason: string): Promise<void> {
  await knex('orders').where({ id: orderId }).update({ status: 'refunded', refund_reason: reason });
}
