import { and, eq, gt, lt, ne, sql } from 'drizzle-orm';
import type { RowDataPacket } from 'mysql2';
import { db, pool } from '../db/client';
import { bookings, spaces, type NewBooking, type Space } from '../db/schema';

export type SpaceKind = 'desk' | 'room';

export interface SpaceSummary {
  id: number;
  site: string;
  kind: SpaceKind;
  name: string;
  zone: string | null;
  capacity: number;
  hourlyRate: string;
}

export interface BookingListRow {
  id: number;
  memberId: number;
  memberName: string;
  spaceName: string;
  site: string;
  startsAt: Date;
  endsAt: Date;
  status: string;
}

export interface OrderSpec {
  column: string;
  direction: string;
}

export async function searchSpaces(site: string, term: string, kind: SpaceKind | null): Promise<SpaceSummary[]> {
  const params: unknown[] = [site];
  let kindFilter = '';
  if (kind) {
    kindFilter = 'AND kind = ?';
    params.push(kind);
  }
  const [rows] = await pool.query<RowDataPacket[]>( // VULN sqli
    `SELECT id, site, kind, name, zone, capacity, hourly_rate AS hourlyRate
       FROM spaces
      WHERE site = ? ${kindFilter} AND active = 1 AND name LIKE '%${term}%'
      ORDER BY kind, name
      LIMIT 50`,
    params,
  );
  return rows as SpaceSummary[];
}

export async function findSpace(id: number): Promise<Space | undefined> {
  const rows = await db.select().from(spaces).where(eq(spaces.id, id)).limit(1);
  return rows[0];
}

export async function listForMember(memberId: number, from: Date, to: Date): Promise<BookingListRow[]> {
  const [rows] = await db.execute( // SAFE sqli
    sql`SELECT b.id, b.member_id AS memberId, m.full_name AS memberName, s.name AS spaceName, s.site,
               b.starts_at AS startsAt, b.ends_at AS endsAt, b.status
          FROM bookings b
          JOIN spaces s ON s.id = b.space_id
          JOIN members m ON m.id = b.member_id
         WHERE b.member_id = ${memberId} AND b.starts_at >= ${from} AND b.starts_at < ${to}
         ORDER BY b.starts_at`,
  );
  return rows as unknown as BookingListRow[];
}

export async function listForSite(site: string, order: OrderSpec, limit: number, offset: number): Promise<BookingListRow[]> {
  const orderColumn = sql.raw(order.column); // SAFE sqli
  const orderDirection = sql.raw(order.direction); // VULN sqli
  const [rows] = await db.execute(
    sql`SELECT b.id, b.member_id AS memberId, m.full_name AS memberName, s.name AS spaceName, s.site,
               b.starts_at AS startsAt, b.ends_at AS endsAt, b.status
          FROM bookings b
          JOIN spaces s ON s.id = b.space_id
          JOIN members m ON m.id = b.member_id
         WHERE s.site = ${site}
         ORDER BY ${orderColumn} ${orderDirection}
         LIMIT ${limit} OFFSET ${offset}`,
  );
  return rows as unknown as BookingListRow[];
}

export async function hasOverlap(spaceId: number, startsAt: Date, endsAt: Date): Promise<boolean> {
  const rows = await db
    .select({ id: bookings.id })
    .from(bookings)
    .where(
      and(
        eq(bookings.spaceId, spaceId),
        ne(bookings.status, 'cancelled'),
        lt(bookings.startsAt, endsAt),
        gt(bookings.endsAt, startsAt),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

export async function insertBooking(booking: NewBooking): Promise<number> {
  const [result] = await db.insert(bookings).values(booking);
  return result.insertId;
}

export async function cancelBooking(bookingId: number, memberId: number): Promise<boolean> {
  const [result] = await db
    .update(bookings)
    .set({ status: 'cancelled' })
    .where(and(eq(bookings.id, bookingId), eq(bookings.memberId, memberId), ne(bookings.status, 'cancelled')));
  return result.affectedRows > 0;
}
