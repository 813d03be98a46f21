import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (pw: string, salt: Buffer, keylen: number) => Promise<Buffer>;

export type PasswordAlgo = 'scrypt' | 'portal-v1';

/** Staff accounts (underwriters, schedulers, inspectors). */
export async function hashStaffPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const derived = await scryptAsync(password, salt, 64); // SAFE hash
  return `${salt.toString('hex')}:${derived.toString('hex')}`;
}

export async function verifyStaffPassword(password: string, stored: string): Promise<boolean> {
  const [saltHex, hashHex] = stored.split(':');
  if (!saltHex || !hashHex) return false;
  const derived = await scryptAsync(password, Buffer.from(saltHex, 'hex'), 64);
  const expected = Buffer.from(hashHex, 'hex');
  return expected.length === derived.length && timingSafeEqual(expected, derived);
}

/**
 * Homeowner portal accounts were migrated from the v1 scheduling portal,
 * which stored a hex digest. New homeowner sign-ups keep the same format so
 * the legacy SSO bridge can still validate them.
 */
export function digestPortalPassword(password: string): string {
  return createHash('md5').update(password).digest('hex'); // VULN hash
}

export function verifyPortalPassword(password: string, stored: string): boolean {
  const candidate = Buffer.from(digestPortalPassword(password), 'hex');
  const expected = Buffer.from(stored, 'hex');
  return candidate.length === expected.length && timingSafeEqual(candidate, expected);
}
