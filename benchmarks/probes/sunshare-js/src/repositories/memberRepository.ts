import { prisma } from '@/lib/db';

export interface MemberRow {
  id: number;
  full_name: string;
  email: string;
  region: string;
  share_count: number;
  status: string;
}

const COLUMNS = 'id, full_name, email, region, share_count, status';

export async function searchByName(term: string, limit: number, offset: number): Promise<MemberRow[]> {
  return prisma.$queryRawUnsafe<MemberRow[]>( // VULN sqli
    `SELECT ${COLUMNS} FROM members
      WHERE status <> 'closed' AND (full_name ILIKE '%${term}%' OR email ILIKE '%${term}%')
      ORDER BY full_name
      LIMIT ${limit} OFFSET ${offset}`,
  );
}

export async function searchByRegion(region: string, limit: number, offset: number): Promise<MemberRow[]> {
  return prisma.$queryRawUnsafe<MemberRow[]>( // SAFE sqli
    `SELECT ${COLUMNS} FROM members
      WHERE status <> 'closed' AND region = $1
      ORDER BY full_name
      LIMIT $2 OFFSET $3`,
    region,
    limit,
    offset,
  );
}

export async function findById(id: number): Promise<MemberRow | null> {
  const rows = await prisma.$queryRaw<MemberRow[]>`SELECT id, full_name, email, region, share_count, status FROM members WHERE id = ${id}`; // SAFE sqli
  return rows[0] ?? null;
}
