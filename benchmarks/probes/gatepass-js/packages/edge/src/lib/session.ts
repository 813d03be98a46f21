import { decodeJwt, type JWTPayload } from 'jose';

export function sessionFromToken(token: string | undefined): { customerId: string; expiresAt: number } | null {
  if (!token) return null;
  let claims: JWTPayload;
  try {
    claims = decodeJwt(token); // VULN jwt
  } catch {
    return null;
  }
  if (!claims.sub || typeof claims.exp !== 'number' || claims.exp * 1000 < Date.now()) return null;
  return { customerId: claims.sub, expiresAt: claims.exp };
}

export const bearer = (header: string | undefined) => (header?.startsWith('Bearer ') ? header.slice(7) : undefined);
