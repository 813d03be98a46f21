import { Pool } from 'pg';

declare global {
  // eslint-disable-next-line no-var
  var __valveworkPool: Pool | undefined;
}

/** Re-use one pool across hot reloads in development. */
export const pool: Pool =
  globalThis.__valveworkPool ??
  new Pool({ connectionString: process.env.DATABASE_URL, max: 5 });
if (process.env.NODE_ENV !== 'production') globalThis.__valveworkPool = pool;

export interface TicketRow {
  id: string;
  concert_id: string;
  concert_title: string;
  holder_name: string;
  seat: string | null;
  price_pence: number;
  status: 'reserved' | 'paid' | 'cancelled';
}

export interface PublicConcert {
  id: string;
  title: string;
  venue: string;
  starts_at: string;
  programme_notes: string;
  soloist_bio: string | null;
}

const TICKET_COLUMNS = `t.id, t.concert_id, c.title AS concert_title, t.holder_name, t.seat, t.price_pence, t.status`;

export async function searchTickets(filter: { term: string; concertId?: string; limit: number }): Promise<TicketRow[]> {
  const params: unknown[] = [filter.limit];
  let concertClause = '';
  if (filter.concertId) {
    params.push(filter.concertId);
    concertClause = `AND t.concert_id = $${params.length}::uuid`;
  }
  const text = `SELECT ${TICKET_COLUMNS} FROM tickets t JOIN public_concerts c ON c.id = t.concert_id
     WHERE (t.holder_name ILIKE '%${filter.term}%' OR t.holder_email ILIKE '%${filter.term}%') ${concertClause}
     ORDER BY c.starts_at DESC, t.holder_name LIMIT $1`;
  const { rows } = await pool.query<TicketRow>(text, params); // VULN sqli
  return rows;
}

export async function getTicket(id: string): Promise<TicketRow | null> {
  const { rows } = await pool.query<TicketRow>(`SELECT ${TICKET_COLUMNS} FROM tickets t JOIN public_concerts c ON c.id = t.concert_id WHERE t.id = $1::uuid`, [id]); // SAFE sqli
  return rows[0] ?? null;
}

export async function getPublicConcert(id: string): Promise<PublicConcert | null> {
  const { rows } = await pool.query<PublicConcert>(
    'SELECT id, title, venue, starts_at, programme_notes, soloist_bio FROM public_concerts WHERE id = $1::uuid AND published',
    [id]
  );
  return rows[0] ?? null;
}
