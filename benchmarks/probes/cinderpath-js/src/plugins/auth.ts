import type { Plugin, Request, ResponseToolkit } from '@hapi/hapi';
import Boom from '@hapi/boom';
import { bearerFrom, readPartnerClaims, verifySession } from '../lib/security/jwt';
import { carrierRepository } from '../repositories/carrierRepository';

export const SESSION_COOKIE = 'cp_session';

export interface AppCredentials {
  sub: string;
  role: string;
  carrierId?: string;
  inspectionId?: string;
  scopes?: string[];
}

export function credentialsOf(request: Request): AppCredentials {
  return request.auth.credentials as unknown as AppCredentials;
}

export function requireCarrier(request: Request): string {
  const creds = credentialsOf(request);
  if (!creds.carrierId) throw Boom.forbidden('carrier context required');
  return creds.carrierId;
}

export const authPlugin: Plugin<void> = {
  name: 'cinderpath-auth',
  version: '1.4.1',
  register(server) {
    server.state(SESSION_COOKIE, {
      ttl: null,
      isSecure: true,
      isHttpOnly: true,
      isSameSite: 'Lax',
      path: '/',
      encoding: 'none',
    });

    server.auth.scheme('cinderpath-session', () => ({
      authenticate: async (request: Request, h: ResponseToolkit) => {
        const token = bearerFrom(request.headers.authorization) ?? (request.state?.[SESSION_COOKIE] as string | undefined);
        if (!token) throw Boom.unauthorized(null, 'Bearer');
        try {
          const claims = verifySession(token);
          return h.authenticated({ credentials: { ...claims } as never });
        } catch {
          throw Boom.unauthorized('session expired or invalid', 'Bearer');
        }
      },
    }));

    server.auth.scheme('partner-token', () => ({
      authenticate: async (request: Request, h: ResponseToolkit) => {
        const token = bearerFrom(request.headers.authorization);
        if (!token) throw Boom.unauthorized(null, 'Bearer');
        const claims = readPartnerClaims(token);
        if (!claims) throw Boom.unauthorized('malformed partner token', 'Bearer');
        const carrier = await carrierRepository.findByCode(claims.carrierCode);
        if (!carrier) throw Boom.forbidden('unknown carrier');
        const credentials: AppCredentials = { sub: claims.sub, role: 'partner', carrierId: carrier.id, scopes: claims.scopes };
        return h.authenticated({ credentials: credentials as never });
      },
    }));

    server.auth.strategy('session', 'cinderpath-session');
    server.auth.strategy('partner', 'partner-token');
    server.auth.default('session');
  },
};
