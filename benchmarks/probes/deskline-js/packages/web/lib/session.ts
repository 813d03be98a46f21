import { cookies } from 'next/headers';
import { decodeJwt } from 'jose';
import { SESSION_COOKIE } from './config';

export interface WebSession {
  sub: string;
  email: string;
  role: 'member' | 'host' | 'admin';
  workspaceId: string;
}

export function currentSession(): WebSession | null {
  const token = cookies().get(SESSION_COOKIE)?.value;
  if (!token) return null;
  try {
    const claims = decodeJwt(token); // VULN jwt
    if (typeof claims.exp === 'number' && claims.exp * 1000 < Date.now()) return null;
    return claims as unknown as WebSession;
  } catch {
    return null;
  }
}

export function requireSession(): WebSession {
  const session = currentSession();
  if (!session) throw new Error('Not signed in');
  return session;
}
