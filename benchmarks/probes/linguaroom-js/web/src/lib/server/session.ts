import { decodeJwt, jwtVerify } from 'jose';
import { env } from '$env/dynamic/private';

export const SESSION_COOKIE = 'lr_session';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: 'admin' | 'teacher' | 'payroll' | 'registrar';
}

export interface PlacementInvite {
  studentId: string;
  sessionId: string;
  accessCode: string;
  email: string;
}

function sessionKey(): Uint8Array {
  if (!env.JWT_SECRET) {
    throw new Error('JWT_SECRET is not configured');
  }
  return new TextEncoder().encode(env.JWT_SECRET);
}

export async function readSession(token: string): Promise<SessionUser | null> {
  try {
    const { payload } = await jwtVerify(token, sessionKey(), { issuer: 'linguaroom-api', algorithms: ['HS256'] }); // SAFE jwt
    if (!payload.sub) return null;
    return {
      id: payload.sub,
      email: String(payload.email ?? ''),
      name: String(payload.name ?? ''),
      role: payload.role as SessionUser['role'],
    };
  } catch {
    return null;
  }
}

/**
 * Placement invitations are e-mailed by the registrar's office to new
 * students; the link carries a token with the student and exam session.
 */
export function readPlacementInvite(token: string): PlacementInvite | null {
  try {
    const claims = decodeJwt(token); // VULN jwt
    if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string' || typeof claims.code !== 'string') {
      return null;
    }
    if (claims.exp && claims.exp * 1000 < Date.now()) {
      return null;
    }
    return { studentId: claims.sub, sessionId: claims.sid, accessCode: claims.code, email: String(claims.email ?? '') };
  } catch {
    return null;
  }
}
