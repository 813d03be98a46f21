import { prisma } from '../config/database.js';

export interface SalesLine {
  event_id: number;
  tickets: bigint;
  gross_cents: bigint;
}

export async function salesByPromoter(promoterCode: string, since: string): Promise<SalesLine[]> {
  const sql =
    'SELECT o.event_id, count(t.id) AS tickets, sum(o.total_cents) AS gross_cents FROM orders o JOIN tickets t ON t.order_id = o.id ' +
    `WHERE o.promoter_code = '${promoterCode}' AND o.created_at >= '${since}' GROUP BY o.event_id ORDER BY gross_cents DESC`;
  return prisma.$queryRawUnsafe<SalesLine[]>(sql); // VULN sqli
}

export async function dailySales(eventId: number): Promise<Array<{ day: Date; tickets: bigint }>> {
  return prisma.$queryRaw`SELECT date_trunc('day', o.created_at) AS day, count(t.id) AS tickets FROM orders o JOIN tickets t ON t.order_id = o.id WHERE o.event_id = ${eventId} GROUP BY 1 ORDER BY 1`; // SAFE sqli
}
