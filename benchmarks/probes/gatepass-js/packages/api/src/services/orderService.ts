import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import * as orders from '../repositories/orderRepository.js';
import { knex } from '../config/database.js';
import { runOrderExport } from '../utils/exporter.js';
import { resolveInside } from '../utils/paths.js';
import { config } from '../config/index.js';
import { badRequest, notFound } from '../utils/errors.js';

const execFileAsync = promisify(execFile);
export const TICKET_THEMES = ['classic', 'midnight', 'festival', 'high-contrast'];

export async function list(q: Record<string, any>) {
  const page = Math.max(Number.parseInt(q.page ?? '1', 10) || 1, 1);
  const buyer = typeof q.buyer === 'string' ? q.buyer : undefined;
  return orders.listOrders({ eventId: q.event ? Number.parseInt(q.event, 10) : undefined, buyer, sort: q.sort, direction: q.dir, page, pageSize: 50 });
}

export async function exportOrders(body: { eventId?: unknown; format?: unknown; label?: unknown }) {
  const eventId = Number.parseInt(String(body.eventId), 10);
  if (!Number.isSafeInteger(eventId)) throw badRequest('eventId must be numeric');
  const format = body.format === 'xlsx' ? 'xlsx' : 'csv';
  const label = typeof body.label === 'string' ? body.label.slice(0, 80) : `Event ${eventId}`;
  return runOrderExport({ eventId, format, label });
}

export async function setTicketTheme(orderId: string, theme: string) {
  if (!TICKET_THEMES.includes(theme)) throw badRequest('Unknown ticket theme');
  await knex('tickets').where({ order_id: orderId }).update({ theme });
}

export async function ticketBackgroundPath(orderId: string, ticketId: string): Promise<string> {
  const ticket = await knex('tickets').where({ id: ticketId, order_id: orderId }).first('theme');
  if (!ticket) throw notFound('Ticket not found');
  return path.join(config.storage.ticketThemesRoot, `${ticket.theme}.png`);
}

export function ticketPdfPath(orderId: string, fileName: string): string {
  return resolveInside(config.storage.ticketsRoot, orderId, fileName);
}

export async function mergeTicketPdfs(orderId: string): Promise<string> {
  const order = await orders.findOrder(orderId);
  if (!order) throw notFound('Order not found');
  const dir = path.join(config.storage.ticketsRoot, order.id);
  const inputs = (await orders.findOrderTickets(order.id)).map((t: { id: string }) => path.join(dir, `${t.id}.pdf`));
  const output = path.join(dir, 'all-tickets.pdf');
  await execFileAsync('qpdf', ['--empty', '--pages', ...inputs, '--', output]); // SAFE cmdi
  return output;
}
