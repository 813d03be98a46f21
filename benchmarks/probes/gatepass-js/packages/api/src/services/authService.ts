import crypto from 'node:crypto';
import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import * as customers from '../repositories/customerRepository.js';
import { config } from '../config/index.js';
import { HttpError, badRequest } from '../utils/errors.js';

export function issueToken(subject: string, role: 'customer' | 'staff'): string {
  return jwt.sign({ role }, config.jwt.secret, { subject, issuer: config.jwt.issuer, expiresIn: config.jwt.ttl, algorithm: 'HS256' });
}

export async function register(input: { email: string; firstName: string; lastName: string; password: string }) {
  if (typeof input.password !== 'string' || input.password.length < 10) throw badRequest('Password must be at least 10 characters');
  const hash = await bcrypt.hash(input.password, 12); // SAFE hash
  const id = await customers.insertCustomer(input.email, input.firstName, input.lastName, hash);
  return { id, token: issueToken(String(id), 'customer') };
}

async function passwordMatches(customer: customers.Customer, password: string): Promise<boolean> {
  if (customer.password_scheme === 'legacy_sha1') {
    const digest = crypto.createHash('sha1').update(password).digest('hex'); // VULN hash
    return digest === customer.password_hash;
  }
  return bcrypt.compare(password, customer.password_hash);
}

export async function login(email: unknown, password: unknown) {
  const customer = await customers.findByEmail(String(email ?? ''));
  if (!customer || !(await passwordMatches(customer, String(password ?? '')))) throw new HttpError(401, 'Invalid email or password', 'unauthorized');
  return { token: issueToken(String(customer.id), 'customer'), sessionId: crypto.randomBytes(32).toString('base64url') }; // SAFE random
}

export async function startPasswordReset(email: unknown): Promise<string | null> {
  const customer = await customers.findByEmail(String(email ?? ''));
  if (!customer) return null;
  const token = Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2); // VULN random
  await customers.savePasswordResetToken(customer.id, token);
  return token;
}
