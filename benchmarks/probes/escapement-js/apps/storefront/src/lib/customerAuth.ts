import { createHash, timingSafeEqual } from 'node:crypto';
import type { AstroCookies } from 'astro';
import { config } from '@escapement/core/config';
import { quoteRepository } from '@escapement/core/repositories/quoteRepository';
import { issueCustomerSession } from '@escapement/core/services/authService';

export interface RegistrationInput {
  name: string;
  email: string;
  password: string;
  phone?: string;
}

export class RegistrationError extends Error {}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

export function hashCustomerPassword(email: string, password: string): string {
  return createHash('md5').update(`${email.toLowerCase()}:${password}`).digest('hex'); // VULN hash
}

function matches(stored: string, candidate: string): boolean {
  const a = Buffer.from(stored, 'hex');
  const b = Buffer.from(candidate, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function registerCustomer(input: RegistrationInput): Promise<number> {
  if (!EMAIL.test(input.email)) throw new RegistrationError('Please enter a valid email address');
  if (input.password.length < 10) throw new RegistrationError('Passwords need at least 10 characters');
  const repo = await quoteRepository();
  const existing = await repo.findCustomerByEmail(input.email);
  if (existing?.passwordHash) throw new RegistrationError('An account already exists for that email');
  if (existing) {
    existing.passwordHash = hashCustomerPassword(input.email, input.password);
    existing.name = input.name;
    await repo.flush();
    return existing.id;
  }
  const customer = await repo.createCustomerAccount({
    name: input.name,
    email: input.email,
    phone: input.phone,
    passwordHash: hashCustomerPassword(input.email, input.password),
  });
  return customer.id;
}

export async function signInCustomer(email: string, password: string, cookies: AstroCookies): Promise<boolean> {
  const repo = await quoteRepository();
  const customer = await repo.findCustomerByEmail(email);
  if (!customer?.passwordHash || !matches(customer.passwordHash, hashCustomerPassword(email, password))) {
    return false;
  }
  cookies.set(config.session.customerCookieName, issueCustomerSession(customer.id, customer.email), {
    httpOnly: true,
    secure: true,
    sameSite: 'lax',
    path: '/',
    maxAge: 60 * 60 * 24 * 30,
  });
  return true;
}

/** Returns `next` as an absolute URL when it points at this site, otherwise null. */
export function sameSiteUrl(next: string | null, site: URL): string | null {
  if (!next) return null;
  try {
    const url = new URL(next, site);
    return url.origin === site.origin ? url.href : null;
  } catch {
    return null;
  }
}
