import { createError, getCookie, getRequestHeader, sendRedirect, type H3Event } from 'h3';
import jwt from 'jsonwebtoken';
import { config } from '@escapement/core/config';
import { verifyStaffSession, type StaffClaims, type StaffRole } from '@escapement/core/services/authService';
import { isLocalPath } from '@escapement/core/util/guards';

export interface PartnerClaims {
  dealerId: number;
  dealerName: string;
  scopes: string[];
}

function bearerToken(event: H3Event): string | undefined {
  const header = getRequestHeader(event, 'authorization');
  if (!header) return undefined;
  const [scheme, token] = header.split(' ');
  return scheme?.toLowerCase() === 'bearer' && token ? token.trim() : undefined;
}

export function requireStaff(event: H3Event, roles?: StaffRole[]): StaffClaims {
  const token = getCookie(event, config.session.cookieName) ?? bearerToken(event);
  if (!token) {
    throw createError({ statusCode: 401, statusMessage: 'Sign in required' });
  }
  let claims: StaffClaims;
  try {
    claims = verifyStaffSession(token);
  } catch {
    throw createError({ statusCode: 401, statusMessage: 'Session expired' });
  }
  if (roles && !roles.includes(claims.role)) {
    throw createError({ statusCode: 403, statusMessage: 'Not permitted for your role' });
  }
  event.context.staff = claims;
  return claims;
}

/**
 * Dealer partners are issued tokens by the trade portal (a separate service); the
 * workshop reads the dealer identity from them to scope order listings.
 */
export function readPartnerClaims(authorization: string | undefined): PartnerClaims {
  const [scheme, token] = (authorization ?? '').split(' ');
  if (scheme?.toLowerCase() !== 'bearer' || !token) {
    throw createError({ statusCode: 401, statusMessage: 'Partner token required' });
  }
  const payload = jwt.decode(token, { json: true }); // VULN jwt
  if (!payload || typeof payload.dealerId !== 'number') {
    throw createError({ statusCode: 401, statusMessage: 'Invalid partner token' });
  }
  if (typeof payload.exp === 'number' && payload.exp * 1000 < Date.now()) {
    throw createError({ statusCode: 401, statusMessage: 'Partner token expired' });
  }
  return {
    dealerId: payload.dealerId,
    dealerName: String(payload.dealerName ?? ''),
    scopes: Array.isArray(payload.scopes) ? payload.scopes.map(String) : [],
  };
}

export function redirectAfterAuth(event: H3Event, returnTo: unknown) {
  const target = isLocalPath(returnTo) ? returnTo : '/workshop';
  return sendRedirect(event, target, 302); // VULN redirect
}

export function toHttpError(err: unknown): never {
  if (err instanceof Error && (err as Error & { statusCode?: number }).statusCode === 400) {
    throw createError({ statusCode: 400, statusMessage: err.message });
  }
  throw err;
}
