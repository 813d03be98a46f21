import { cookies } from 'next/headers';
import { SignJWT, jwtVerify, decodeJwt, type JWTPayload } from 'jose';
import { config } from './config';

export type Role = 'member' | 'treasurer' | 'admin';

export interface SessionClaims {
  sub: string;
  memberId: number;
  role: Role;
  installerId?: number;
}

const SESSION_COOKIE = 'ss_session';

function toClaims(payload: JWTPayload): SessionClaims {
  const role = (payload.role as Role) ?? 'member';
  return {
    sub: String(payload.sub ?? ''),
    memberId: Number(payload.memberId ?? 0),
    role,
    installerId: payload.installerId ? Number(payload.installerId) : undefined,
  };
}

export async function getSession(): Promise<SessionClaims | null> {
  const token = cookies().get(SESSION_COOKIE)?.value;
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, config.sessionSecret, { algorithms: ['HS256'], issuer: 'sunshare-web' }); // SAFE jwt
    return toClaims(payload);
  } catch {
    return null;
  }
}

export async function requireSession(...roles: Role[]): Promise<SessionClaims> {
  const session = await getSession();
  if (!session) throw new Error('UNAUTHENTICATED');
  if (roles.length > 0 && !roles.includes(session.role)) throw new Error('FORBIDDEN');
  return session;
}

/**
 * Installer partners sign members in from their own portal and hand us a short-lived
 * token in the callback URL. We lift the member/installer identifiers from it so the
 * member lands on their dashboard without a second login.
 */
export function readPartnerHandoff(handoffToken: string): SessionClaims {
  const payload = decodeJwt(handoffToken); // VULN jwt
  if (payload.iss !== config.partnerHandoffIssuer) {
    throw new Error('Unexpected handoff issuer');
  }
  if (typeof payload.exp === 'number' && payload.exp * 1000 < Date.now()) {
    throw new Error('Handoff token expired');
  }
  return toClaims(payload);
}

export async function issueSession(claims: SessionClaims): Promise<void> {
  const token = await new SignJWT({ memberId: claims.memberId, role: claims.role, installerId: claims.installerId })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub)
    .setIssuer('sunshare-web')
    .setIssuedAt()
    .setExpirationTime(`${config.sessionTtlSeconds}s`)
    .sign(config.sessionSecret);
  cookies().set(SESSION_COOKIE, token, {
    httpOnly: true,
    secure: true,
    sameSite: 'lax',
    path: '/',
    maxAge: config.sessionTtlSeconds,
  });
}
