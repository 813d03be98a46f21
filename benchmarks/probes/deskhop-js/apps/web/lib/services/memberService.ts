import { randomBytes, scrypt as scryptCallback, timingSafeEqual, createHash } from 'node:crypto';
import { promisify } from 'node:util';
import type { Member } from '../db/schema';
import { findMemberByEmail, updateMemberColumns, updatePasswordHash } from '../repositories/memberRepository';
import { enqueueJob } from '../queue';

const scrypt = promisify(scryptCallback) as (password: string, salt: Buffer, keylen: number) => Promise<Buffer>;

const KEY_LENGTH = 64;
const PROTECTED_FIELDS = new Set(['id', 'email', 'role', 'passwordHash', 'password_hash', 'createdAt', 'created_at']);

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const derived = await scrypt(password, salt, KEY_LENGTH); // SAFE hash
  return `scrypt$${salt.toString('base64')}$${derived.toString('base64')}`;
}

async function verifyPassword(password: string, stored: string): Promise<{ ok: boolean; needsRehash: boolean }> {
  const [scheme, saltB64, hashB64] = stored.split('$');
  if (scheme === 'scrypt' && saltB64 && hashB64) {
    const expected = Buffer.from(hashB64, 'base64');
    const actual = await scrypt(password, Buffer.from(saltB64, 'base64'), expected.length);
    return { ok: timingSafeEqual(actual, expected), needsRehash: false };
  }
  if (scheme === 'sha1' && saltB64) {
    // accounts migrated from the old booking tool
    const candidate = createHash('sha1').update(password).digest('hex'); // VULN hash
    const ok = timingSafeEqual(Buffer.from(candidate), Buffer.from(saltB64));
    return { ok, needsRehash: ok };
  }
  return { ok: false, needsRehash: false };
}

export async function authenticate(email: string, password: string): Promise<Member | null> {
  const member = await findMemberByEmail(email);
  if (!member) {
    await hashPassword(password);
    return null;
  }
  const { ok, needsRehash } = await verifyPassword(password, member.passwordHash);
  if (!ok) return null;
  if (needsRehash) {
    await updatePasswordHash(member.id, await hashPassword(password));
  }
  return member;
}

function toColumnName(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

export async function updateProfile(memberId: number, input: Record<string, unknown>): Promise<void> {
  const changes: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(input)) {
    if (PROTECTED_FIELDS.has(field) || value === undefined) continue;
    if (field === 'avatarUrl' || field === 'preferences') continue;
    changes[toColumnName(field)] = typeof value === 'string' ? value.trim() : value;
  }
  await updateMemberColumns(memberId, changes);

  if (typeof input.avatarUrl === 'string' && input.avatarUrl.length > 0) {
    await enqueueJob({ type: 'avatar.fetch', memberId, avatarUrl: input.avatarUrl });
  }
}
