import { cookies } from 'next/headers';
import { decodeJwt, jwtVerify } from 'jose';
import type { IncomingMessage } from 'node:http';

const KEY = new TextEncoder().encode(process.env.SESSION_KEY ?? '');

export function currentSession() {
  const token = cookies().get('session')?.value;
  if (!token) return null;
  // ruleid: trace.javascript.jwt.insecure-verification
  const claims = decodeJwt(token);
  return claims;
}

export async function verifiedSession() {
  const token = cookies().get('session')?.value;
  if (!token) return null;
  const { payload } = await jwtVerify(token, KEY);
  // ok: trace.javascript.jwt.insecure-verification
  const expiresAt = decodeJwt(token).exp;
  return { payload, expiresAt };
}

export function bearerClaims(req: IncomingMessage) {
  const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
  // ruleid: trace.javascript.jwt.insecure-verification
  return decodeJwt(token);
}

export function storedTokenExpiry(stored: { accessToken: string }) {
  const token = stored.accessToken;
  // ok: trace.javascript.jwt.insecure-verification
  return decodeJwt(token).exp;
}

export function sessionFromToken(token: string | undefined) {
  if (!token) return null;
  // ruleid: trace.javascript.jwt.insecure-verification
  const claims = decodeJwt(token);
  return claims.sub ? { customerId: claims.sub } : null;
}

export async function sessionVerified(token: string) {
  const { payload } = await jwtVerify(token, KEY);
  // ok: trace.javascript.jwt.insecure-verification
  const claims = decodeJwt(token);
  return { payload, claims };
}

export function tokenExpiry(token: string) {
  // ok: trace.javascript.jwt.insecure-verification
  return decodeJwt(token).exp;
}

// a hand-off token from a partner, its claims trusted without a signature check
export function readPartnerHandoff(handoffToken: string) {
  // ruleid: trace.javascript.jwt.insecure-verification
  const payload = decodeJwt(handoffToken);
  return { memberId: String(payload.sub), role: String(payload.role) };
}

export async function readVerifiedHandoff(handoffToken: string) {
  const { payload } = await jwtVerify(handoffToken, KEY, { issuer: 'partner' });
  // ok: trace.javascript.jwt.insecure-verification
  const header = decodeJwt(handoffToken);
  return { memberId: String(payload.sub), kid: header.kid };
}
