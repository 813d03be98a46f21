import { SignJWT, jwtVerify } from 'jose';
import jwt from 'jsonwebtoken';
import { cookies } from 'next/headers';
import { config } from '../config';
import { ForbiddenError, UnauthorizedError } from '../http/errors';

export type Role = 'member' | 'host' | 'admin';

export interface Session {
  memberId: number;
  email: string;
  name: string;
  handle: string;
  role: Role;
  site: string | null;
}

export interface KioskClaims {
  kioskId: string;
  site: string;
  scope: string[];
}

const ROLE_RANK: Record<Role, number> = { member: 0, host: 1, admin: 2 };
const sessionKey = new TextEncoder().encode(config.session.secret);

export async function issueSession(session: Session): Promise<string> {
  return new SignJWT({
    email: session.email,
    name: session.name,
    handle: session.handle,
    role: session.role,
    site: session.site,
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(String(session.memberId))
    .setIssuer(config.session.issuer)
    .setIssuedAt()
    .setExpirationTime(`${config.session.ttlSeconds}s`)
    .sign(sessionKey);
}

export async function readSession(token: string | undefined): Promise<Session | null> {
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, sessionKey, { algorithms: ['HS256'], issuer: config.session.issuer }); // SAFE jwt
    return {
      memberId: Number(payload.sub),
      email: String(payload.email),
      name: String(payload.name),
      handle: String(payload.handle),
      role: (payload.role as Role) ?? 'member',
      site: typeof payload.site === 'string' ? payload.site : null,
    };
  } catch {
    return null;
  }
}

export async function getSession(): Promise<Session | null> {
  return readSession(cookies().get(config.session.cookie)?.value);
}

export async function requireSession(): Promise<Session> {
  const session = await getSession();
  if (!session) throw new UnauthorizedError();
  return session;
}

export async function requireRole(role: Role): Promise<Session> {
  const session = await requireSession();
  if (ROLE_RANK[session.role] < ROLE_RANK[role]) {
    throw new ForbiddenError(`Requires ${role} role`);
  }
  return session;
}

/**
 * Front-desk tablets call the web API with the token they were provisioned with.
 */
export function kioskClaimsFromAuthHeader(header: string | null): KioskClaims | null {
  if (!header || !header.startsWith('Bearer ')) return null;
  const decoded = jwt.decode(header.slice('Bearer '.length)) as (jwt.JwtPayload & Partial<KioskClaims>) | null; // VULN jwt
  if (!decoded || decoded.aud !== 'deskhop-kiosk') return null;
  if (typeof decoded.site !== 'string' || typeof decoded.sub !== 'string') return null;
  if (decoded.exp && decoded.exp * 1000 < Date.now()) return null;
  return {
    kioskId: decoded.sub,
    site: decoded.site,
    scope: Array.isArray(decoded.scope) ? decoded.scope.map(String) : [],
  };
}
