import { prisma } from './prisma';

export interface BookingRow {
  id: number;
  desk_id: number;
  desk_label: string;
  floor: number;
  starts_at: Date;
  ends_at: Date;
  note: string | null;
}

export async function search(q: { memberId: string; from: Date; to: Date; orderBy: string }): Promise<BookingRow[]> {
  const sql = `
    SELECT b.id, b.desk_id, d.label AS desk_label, d.floor, b.starts_at, b.ends_at, b.note
      FROM bookings b JOIN desks d ON d.id = b.desk_id
     WHERE b.member_id = $1::uuid AND b.starts_at >= $2 AND b.ends_at <= $3
     ORDER BY ${q.orderBy}
     LIMIT 200`;
  return prisma.$queryRawUnsafe<BookingRow[]>(sql, q.memberId, q.from, q.to); // VULN sqli
}

export function findById(id: number, memberId: string) {
  return prisma.booking.findFirst({ where: { id, memberId }, include: { desk: { select: { label: true, floor: true } } } });
}

export function countOverlapping(deskId: number, startsAt: Date, endsAt: Date): Promise<number> {
  return prisma.booking.count({ where: { deskId, cancelledAt: null, startsAt: { lt: endsAt }, endsAt: { gt: startsAt } } });
}

export function insert(data: { memberId: string; deskId: number; startsAt: Date; endsAt: Date; note?: string; doorCode: string }) {
  return prisma.booking.create({ data });
}
