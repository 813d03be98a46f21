import * as reports from '../repositories/reportRepository.js';
import { badRequest } from '../utils/errors.js';

export async function promoterSales(req: { promoter: string; since?: string }) {
  if (!req.promoter) throw badRequest('promoter is required');
  const since = req.since ?? new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
  const lines = await reports.salesByPromoter(req.promoter.toUpperCase(), since);
  return lines.map((l) => ({ eventId: l.event_id, tickets: Number(l.tickets), grossCents: Number(l.gross_cents) }));
}

export async function dailySales(eventId: string) {
  const id = Number.parseInt(eventId, 10);
  if (!Number.isSafeInteger(id)) throw badRequest('Invalid event id');
  const rows = await reports.dailySales(id);
  return rows.map((r) => ({ day: r.day.toISOString().slice(0, 10), tickets: Number(r.tickets) }));
}
