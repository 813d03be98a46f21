import { eq } from 'drizzle-orm';
import { db, pool } from '../db/client';
import { members, type Member } from '../db/schema';

export async function findMemberByEmail(email: string): Promise<Member | undefined> {
  return db.query.members.findFirst({ where: eq(members.email, email) });
}

export async function findMemberById(id: number): Promise<Member | undefined> {
  return db.query.members.findFirst({ where: eq(members.id, id) });
}

export async function updateMemberColumns(memberId: number, changes: Record<string, unknown>): Promise<void> {
  const columns = Object.keys(changes);
  if (columns.length === 0) return;
  const assignments = columns.map((column) => `\`${column}\` = ?`).join(', ');
  const values = columns.map((column) => changes[column] ?? null);
  await pool.execute(`UPDATE members SET ${assignments} WHERE id = ?`, [...values, memberId]); // VULN sqli
}

export async function updatePasswordHash(memberId: number, passwordHash: string): Promise<void> {
  await db.update(members).set({ passwordHash }).where(eq(members.id, memberId));
}

export async function getPreferences(memberId: number): Promise<Record<string, unknown> | null> {
  const row = await db.query.members.findFirst({
    columns: { preferences: true },
    where: eq(members.id, memberId),
  });
  return row?.preferences ?? null;
}

export async function savePreferences(memberId: number, preferences: Record<string, unknown>): Promise<void> {
  await db.update(members).set({ preferences }).where(eq(members.id, memberId));
}
