import fp from 'fastify-plugin';
import jwt from 'jsonwebtoken';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { config } from '../config';

export type Role = 'member' | 'host' | 'admin';
export interface SessionClaims {
  sub: string;
  email: string;
  role: Role;
  workspaceId: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    session: SessionClaims | null;
  }
  interface FastifyInstance {
    requireRole: (role: Role) => (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  }
}

const PUBLIC_PREFIXES = ['/healthz', '/v1/auth/'];
const ROLE_RANK: Record<Role, number> = { member: 0, host: 1, admin: 2 };

export function issueSession(claims: SessionClaims): string {
  return jwt.sign(claims, config.jwtSecret, { algorithm: 'HS256', expiresIn: '8h', issuer: config.jwtIssuer }); // SAFE secret
}

export default fp(async (app) => {
  app.decorateRequest('session', null);

  app.addHook('onRequest', async (request, reply) => {
    if (PUBLIC_PREFIXES.some((prefix) => request.url.startsWith(prefix))) return;
    const header = request.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7) : request.cookies.dl_session;
    if (!token) return reply.code(401).send({ error: 'unauthenticated' });
    try {
      request.session = jwt.verify(token, config.jwtSecret, { algorithms: ['HS256'], issuer: config.jwtIssuer }) as SessionClaims; // SAFE jwt
    } catch {
      return reply.code(401).send({ error: 'invalid_session' });
    }
  });

  app.decorate('requireRole', (role: Role) => async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.session || ROLE_RANK[request.session.role] < ROLE_RANK[role]) {
      await reply.code(403).send({ error: 'forbidden' });
    }
  });
});
