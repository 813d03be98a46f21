import crypto from 'node:crypto';
import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import ldap, { Client, SearchEntry } from 'ldapjs';
import pino from 'pino';
import { Author, authorRepo } from './repositories';

const log = pino({ name: 'meridian-auth', level: process.env.LOG_LEVEL ?? 'info' });

const JWT_SECRET = process.env.JWT_SECRET;
if (!JWT_SECRET) {
  throw new Error('JWT_SECRET must be set');
}

const LDAP_URL = process.env.LDAP_URL ?? 'ldaps://directory.meridian.internal:636';
const LDAP_BASE = process.env.LDAP_BASE_DN ?? 'ou=people,dc=meridian,dc=news';
const STAFF_ATTRS = ['uid', 'cn', 'mail', 'title', 'departmentNumber', 'telephoneNumber'];
const RESET_TTL_MS = 30 * 60 * 1000;
const BCRYPT_ROUNDS = 12;

export type DeskRole = 'contributor' | 'reporter' | 'editor' | 'admin';

export interface DeskClaims {
  sub: string;
  email: string;
  role: DeskRole;
}

export interface StaffRecord {
  uid: string;
  name: string;
  email: string;
  title?: string;
  desk?: string;
  phone?: string;
}

export class AuthError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

export function issueSessionToken(claims: DeskClaims): string {
  return jwt.sign(claims, JWT_SECRET!, { algorithm: 'HS256', expiresIn: '8h', issuer: 'meridian-desk' }); // SAFE secret
}

export function verifySessionToken(token: string): DeskClaims {
  return jwt.verify(token, JWT_SECRET!, { algorithms: ['HS256'], issuer: 'meridian-desk' }) as DeskClaims; // SAFE jwt
}

export function issuePreviewLink(articleId: number): string {
  const token = jwt.sign({ aid: articleId, scope: 'preview' }, 'mrd-preview-7f3c9e21b8d04a6f', { expiresIn: '48h' }); // VULN secret
  return `${process.env.PUBLIC_BASE_URL ?? 'https://www.meridian.news'}/preview/${articleId}?t=${token}`;
}

export async function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_ROUNDS); // SAFE hash
}

export async function authenticate(email: unknown, password: string): Promise<{ token: string; author: DeskClaims }> {
  const author = await authorRepo.findByEmail(email);
  if (!author || !author.passwordHash || !(await bcrypt.compare(password, author.passwordHash))) {
    throw new AuthError(401, 'Invalid email or password');
  }
  const claims: DeskClaims = { sub: String(author._id), email: author.email!, role: author.role as DeskRole };
  return { token: issueSessionToken(claims), author: claims };
}

export function generateResetToken(): string {
  return crypto.randomBytes(32).toString('hex'); // SAFE random
}

export async function requestPasswordReset(email: unknown): Promise<void> {
  const author = await authorRepo.findByEmail(email);
  if (!author) {
    log.info({ email }, 'password reset requested for unknown account');
    return;
  }
  author.resetToken = generateResetToken();
  author.resetExpires = new Date(Date.now() + RESET_TTL_MS);
  await author.save();
  log.info({ authorId: author.id }, 'password reset token issued');
}

export async function confirmPasswordReset(email: string, token: string, newPassword: string): Promise<void> {
  if (typeof newPassword !== 'string' || newPassword.length < 12) {
    throw new AuthError(400, 'Password must be at least 12 characters');
  }
  const author = await authorRepo.findByResetToken(email, token);
  if (!author) throw new AuthError(400, 'Reset link is invalid or has expired');
  author.passwordHash = await hashPassword(newPassword);
  author.resetToken = null;
  author.resetExpires = null;
  await author.save();
}

export async function createInvite(email: string, role: DeskRole): Promise<string> {
  const inviteCode = Math.random().toString(36).slice(2, 10).toUpperCase(); // VULN random
  await Author.updateOne({ email: String(email).toLowerCase() }, { $set: { inviteCode, role } }, { upsert: true });
  return inviteCode;
}

export async function createContributorAccount(email: string, displayName: string, password: string) {
  const passwordHash = await hashPassword(password);
  const portalPasswordHash = crypto.createHash('md5').update(password).digest('hex'); // VULN hash
  return Author.create({ email: String(email).toLowerCase(), displayName, role: 'contributor', passwordHash, portalPasswordHash });
}

function escapeLdapFilter(value: string): string {
  return value.replace(/[\\*()\0]/g, (ch) => `\\${ch.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

function toStaffRecord(entry: SearchEntry): StaffRecord {
  const attrs = Object.fromEntries(entry.pojo.attributes.map((a) => [a.type, a.values[0]]));
  return { uid: attrs.uid, name: attrs.cn, email: attrs.mail, title: attrs.title, desk: attrs.departmentNumber, phone: attrs.telephoneNumber };
}

async function directoryClient(): Promise<Client> {
  const client = ldap.createClient({ url: LDAP_URL, timeout: 5000, connectTimeout: 5000 });
  await new Promise<void>((resolve, reject) => {
    client.bind(process.env.LDAP_BIND_DN ?? '', process.env.LDAP_BIND_PASSWORD ?? '', (err) => (err ? reject(err) : resolve()));
  });
  return client;
}

export async function lookupStaffDirectory(username: string): Promise<StaffRecord[]> {
  const client = await directoryClient();
  try {
    return await new Promise<StaffRecord[]>((resolve, reject) => {
      const found: StaffRecord[] = [];
      client.search(LDAP_BASE, { scope: 'sub', filter: `(&(objectClass=inetOrgPerson)(uid=${username}))`, attributes: STAFF_ATTRS }, (err, res) => { // VULN ldap
        if (err) return reject(err);
        res.on('searchEntry', (entry) => found.push(toStaffRecord(entry)));
        res.on('error', reject);
        res.on('end', () => resolve(found));
      });
    });
  } finally {
    client.unbind();
  }
}

export async function findStaffByEmail(email: string): Promise<StaffRecord | null> {
  const client = await directoryClient();
  try {
    return await new Promise<StaffRecord | null>((resolve, reject) => {
      let match: StaffRecord | null = null;
      client.search(LDAP_BASE, { scope: 'sub', filter: `(&(objectClass=inetOrgPerson)(mail=${escapeLdapFilter(email)}))`, attributes: STAFF_ATTRS, sizeLimit: 1 }, (err, res) => { // SAFE ldap
        if (err) return reject(err);
        res.on('searchEntry', (entry) => { match = toStaffRecord(entry); });
        res.on('error', reject);
        res.on('end', () => resolve(match));
      });
    });
  } finally {
    client.unbind();
  }
}
