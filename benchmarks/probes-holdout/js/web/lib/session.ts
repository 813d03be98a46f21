import jwt, { JwtPayload } from 'jsonwebtoken';
import { cookies, headers } from 'next/headers';
import { NextResponse } from 'next/server';

export const SESSION_COOKIE = 'vw_session';

export interface SessionMember {
  id: string;
  name: string;
  roles: string[];
}

function toMember(claims: JwtPayload | null): SessionMember | null {
  if (!claims || typeof claims.sub !== 'string') return null;
  return {
    id: claims.sub,
    name: typeof claims.name === 'string' ? claims.name : 'Member',
    roles: Array.isArray(claims.roles) ? claims.roles.map(String) : ['member'],
  };
}

/**
 * The Express app sets vw_session (a JWT) at login; the Next.js front end
 * only needs to know who is looking at the page.
 */
export function getSessionMember(): SessionMember | null {
  const token = cookies().get(SESSION_COOKIE)?.value;
  if (!token) return null;
  const claims = jwt.decode(token, { json: true }); // VULN jwt
  return toMember(claims);
}

/** Box-office partners call the ticket API with a bearer token we issued. */
export function verifyPartnerToken(): SessionMember | null {
  const header = headers().get('authorization') ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : '';
  if (!token) return null;
  try {
    const claims = jwt.verify(token, process.env.JWT_SECRET as string, { algorithms: ['HS256'], issuer: 'valvework', audience: 'box-office' }); // SAFE jwt
    return toMember(typeof claims === 'string' ? null : claims);
  } catch {
    return null;
  }
}

/** Store the session cookie and send the member back to where they started. */
export function completeLogin(opts: { token: string; maxAge: number; returnTo: string; requestUrl: string }): NextResponse {
  const response = NextResponse.redirect(new URL(opts.returnTo, opts.requestUrl)); // VULN redirect
  response.cookies.set(SESSION_COOKIE, opts.token, { httpOnly: true, secure: true, sameSite: 'lax', path: '/', maxAge: opts.maxAge });
  return response;
}

export function hasRole(member: SessionMember | null, role: string): boolean {
  return Boolean(member && (member.roles.includes(role) || member.roles.includes('admin')));
}
