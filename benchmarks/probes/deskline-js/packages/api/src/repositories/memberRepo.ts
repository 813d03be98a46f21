import { Pool } from 'pg';
import { config } from '../config';

const pool = new Pool({ connectionString: config.databaseUrl, max: 10 });

export interface MemberRecord {
  id: string;
  email: string;
  full_name: string;
  password_hash: string;
  role: 'member' | 'host' | 'admin';
  workspace_id: string;
  plan: string;
}

const COLUMNS = 'id, email, full_name, password_hash, role, workspace_id, plan';

export async function findByEmail(email: string): Promise<MemberRecord | null> {
  const { rows } = await pool.query<MemberRecord>(`SELECT ${COLUMNS} FROM members WHERE lower(email) = lower('${email}') AND deleted_at IS NULL`); // VULN sqli
  return rows[0] ?? null;
}

export async function findById(id: string): Promise<MemberRecord | null> {
  const { rows } = await pool.query<MemberRecord>(`SELECT ${COLUMNS} FROM members WHERE id = $1 AND deleted_at IS NULL`, [id]); // SAFE sqli
  return rows[0] ?? null;
}

export async function insert(m: Omit<MemberRecord, 'id'>): Promise<MemberRecord> {
  const { rows } = await pool.query<MemberRecord>(
    `INSERT INTO members (email, full_name, password_hash, role, workspace_id, plan) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
    [m.email, m.full_name, m.password_hash, m.role, m.workspace_id, m.plan],
  );
  return rows[0];
}

export async function loadSettings(memberId: string): Promise<Record<string, unknown>> {
  const { rows } = await pool.query('SELECT settings FROM member_settings WHERE member_id = $1', [memberId]);
  return rows[0]?.settings ?? {};
}

export async function saveSettings(memberId: string, settings: Record<string, unknown>): Promise<void> {
  await pool.query(
    'INSERT INTO member_settings (member_id, settings) VALUES ($1, $2) ON CONFLICT (member_id) DO UPDATE SET settings = EXCLUDED.settings',
    [memberId, JSON.stringify(settings)],
  );
}
