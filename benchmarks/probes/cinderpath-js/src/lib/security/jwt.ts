import jwt from 'jsonwebtoken';
import { config } from '../../config';

export interface SessionClaims {
  sub: string;
  role: 'admin' | 'underwriter' | 'scheduler' | 'inspector' | 'homeowner';
  carrierId?: string;
  inspectionId?: string;
}

export interface PartnerClaims {
  sub: string;
  carrierCode: string;
  scopes: string[];
}

export function issueSession(claims: SessionClaims, ttlSeconds = config.auth.sessionTtlSeconds): string {
  return jwt.sign(claims, config.auth.jwtSecret, {
    algorithm: 'HS256',
    expiresIn: ttlSeconds,
    issuer: config.auth.issuer,
  });
}

export function verifySession(token: string): SessionClaims {
  return jwt.verify(token, config.auth.jwtSecret, { algorithms: ['HS256'], issuer: config.auth.issuer }) as SessionClaims; // SAFE jwt
}

/**
 * Partner (carrier) integrations call the REST API with tokens minted by the
 * carrier gateway; the gateway already validated them upstream.
 */
export function readPartnerClaims(token: string): PartnerClaims | null {
  const claims = jwt.decode(token, { json: true }); // VULN jwt
  if (!claims || typeof claims.sub !== 'string' || typeof claims.carrierCode !== 'string') {
    return null;
  }
  const scopes = Array.isArray(claims.scopes) ? claims.scopes.map(String) : [];
  return { sub: claims.sub, carrierCode: claims.carrierCode, scopes };
}

export function bearerFrom(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/.exec(header);
  return match ? match[1] : null;
}
