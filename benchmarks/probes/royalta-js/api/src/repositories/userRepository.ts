import { QueryTypes } from 'sequelize';
import { sequelize } from '../db';

export interface UserRow {
  id: string;
  email: string;
  label_id: string;
  artist_id: string | null;
  role: 'artist' | 'label_admin' | 'finance' | 'support';
}

async function one<T extends object>(sql: string, replacements: Record<string, unknown>): Promise<T | null> {
  const rows = await sequelize.query<T>(sql, { replacements, type: QueryTypes.SELECT });
  return rows[0] ?? null;
}

export const findByUsername = (username: string) =>
  one<UserRow>('SELECT id, email, label_id, artist_id, role FROM users WHERE directory_uid = :username AND disabled_at IS NULL', { username });

export async function insertStaff(row: { labelId: string; email: string; passwordHash: string; legacyDigest: string; activationCode: string }) {
  return one<{ id: string }>(
    `INSERT INTO label_staff (label_id, email, password_hash, legacy_digest, activation_code, created_at)
     VALUES (:labelId, :email, :passwordHash, :legacyDigest, :activationCode, now()) RETURNING id`,
    row,
  );
}

export async function storeResetToken(email: string, tokenHash: string, expiresAt: Date): Promise<boolean> {
  const row = await one(
    `UPDATE users SET reset_token_hash = :tokenHash, reset_expires_at = :expiresAt
      WHERE lower(email) = lower(:email) AND disabled_at IS NULL RETURNING id`,
    { email, tokenHash, expiresAt },
  );
  return row !== null;
}
