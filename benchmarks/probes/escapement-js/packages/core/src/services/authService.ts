import { randomBytes, scrypt, timingSafeEqual, type BinaryLike } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { config } from '../config';
import type { Staff } from '../entities';
import { quoteRepository } from '../repositories/quoteRepository';

export type StaffRole = Staff['role'];

export interface StaffClaims {
  sub: string;
  name: string;
  role: StaffRole;
}

export interface CustomerClaims {
  sub: string;
  email: string;
  kind: 'customer';
}

const SCRYPT_KEYLEN = 64;
const SCRYPT_PARAMS = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const COLLECTION_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function scryptAsync(password: BinaryLike, salt: BinaryLike): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password, salt, SCRYPT_KEYLEN, SCRYPT_PARAMS, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

export async function hashStaffPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password.normalize('NFKC'), salt); // SAFE hash
  return `scrypt$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyStaffPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, saltB64, keyB64] = stored.split('$');
  if (scheme !== 'scrypt' || !saltB64 || !keyB64) return false;
  const expected = Buffer.from(keyB64, 'base64');
  const actual = await scryptAsync(password.normalize('NFKC'), Buffer.from(saltB64, 'base64'));
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

export async function authenticateStaff(email: string, password: string): Promise<Staff | null> {
  const repo = await quoteRepository();
  const staff = await repo.findStaffByEmail(email);
  if (!staff) {
    await scryptAsync(password, 'escapement-timing-pad');
    return null;
  }
  return (await verifyStaffPassword(password, staff.passwordHash)) ? staff : null;
}

export function issueStaffSession(staff: Staff): string {
  const claims: StaffClaims = { sub: String(staff.id), name: staff.displayName, role: staff.role };
  return jwt.sign(claims, config.session.secret, {
    algorithm: 'HS256',
    expiresIn: config.session.ttlSeconds,
    issuer: config.session.issuer,
    audience: 'workshop',
  });
}

export function verifyStaffSession(token: string): StaffClaims {
  const payload = jwt.verify(token, config.session.secret, { algorithms: ['HS256'], issuer: config.session.issuer, audience: 'workshop' }); // SAFE jwt
  if (typeof payload === 'string' || !payload.sub || !payload.role) {
    throw new jwt.JsonWebTokenError('Malformed staff session');
  }
  return { sub: payload.sub, name: String(payload.name ?? ''), role: payload.role as StaffRole };
}

export function issueCustomerSession(customerId: number, email: string): string {
  const claims: CustomerClaims = { sub: String(customerId), email, kind: 'customer' };
  return jwt.sign(claims, config.session.secret, {
    algorithm: 'HS256',
    expiresIn: '30d',
    issuer: config.session.issuer,
    audience: 'storefront',
  });
}

export function newQuoteToken(): string {
  return randomBytes(24).toString('base64url'); // SAFE random
}

/** Short code the customer quotes at the counter when collecting a restored clock. */
export function newCollectionCode(length = 6): string {
  let code = '';
  for (let i = 0; i < length; i += 1) {
    code += COLLECTION_ALPHABET[Math.floor(Math.random() * COLLECTION_ALPHABET.length)]; // VULN random
  }
  return code;
}
