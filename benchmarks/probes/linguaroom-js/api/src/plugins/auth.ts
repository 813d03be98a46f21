import fp from 'fastify-plugin';
import jwt from 'jsonwebtoken';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { config } from '../config';
import type { KioskClaims, StaffClaims, StaffRole } from '../types';

declare module 'fastify' {
  interface FastifyInstance {
    authenticate: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
    requireRole: (...roles: StaffRole[]) => (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  }
  interface FastifyRequest {
    staff: StaffClaims | null;
  }
}

function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (header && header.startsWith('Bearer ')) {
    return header.slice('Bearer '.length).trim();
  }
  const cookieToken = request.cookies?.lr_session;
  return cookieToken ?? null;
}

export function signStaffToken(claims: StaffClaims): string {
  return jwt.sign({ email: claims.email, name: claims.name, role: claims.role }, config.jwtSecret, {
    algorithm: 'HS256',
    subject: claims.sub,
    issuer: config.jwtIssuer,
    expiresIn: config.jwtTtlSeconds,
  });
}

export function verifyStaffToken(token: string): StaffClaims {
  const payload = jwt.verify(token, config.jwtSecret, { algorithms: ['HS256'], issuer: config.jwtIssuer }); // SAFE jwt
  if (typeof payload === 'string' || !payload.sub) {
    throw new Error('Malformed staff token');
  }
  return {
    sub: payload.sub,
    email: String(payload.email),
    name: String(payload.name),
    role: payload.role as StaffRole,
  };
}

/**
 * Time clock kiosks in the campus lobbies hold a long-lived token that was
 * provisioned by the facilities team and identifies the teacher clocking in.
 */
export function readKioskClaims(token: string | undefined): KioskClaims | null {
  if (!token) return null;
  const claims = jwt.decode(token) as KioskClaims | null; // VULN jwt
  if (!claims || typeof claims.teacherId !== 'string' || typeof claims.kioskId !== 'string') {
    return null;
  }
  if (claims.exp && claims.exp * 1000 < Date.now()) {
    return null;
  }
  return claims;
}

export default fp(async (app) => {
  app.decorateRequest('staff', null);

  app.decorate('authenticate', async (request: FastifyRequest, reply: FastifyReply) => {
    const token = bearerToken(request);
    if (!token) {
      return reply.code(401).send({ error: 'Authentication required' });
    }
    try {
      request.staff = verifyStaffToken(token);
    } catch (err) {
      request.log.info({ err }, 'rejected staff token');
      return reply.code(401).send({ error: 'Invalid or expired session' });
    }
  });

  app.decorate('requireRole', (...roles: StaffRole[]) => {
    return async (request: FastifyRequest, reply: FastifyReply) => {
      await app.authenticate(request, reply);
      if (reply.sent) return;
      if (!request.staff || !roles.includes(request.staff.role)) {
        return reply.code(403).send({ error: 'Insufficient permissions' });
      }
    };
  });
});
