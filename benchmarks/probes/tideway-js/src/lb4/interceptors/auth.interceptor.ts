import {
  globalInterceptor,
  Interceptor,
  InvocationContext,
  InvocationResult,
  Provider,
  ValueOrPromise,
} from '@loopback/core';
import { HttpErrors, RestBindings, Request } from '@loopback/rest';
import * as jwt from 'jsonwebtoken';
import { REGATTA_API_ISSUER } from '../../config/security';

export interface OrganiserPrincipal {
  organiser: string;
  clubCode: string;
  scopes: string[];
}

const PUBLIC_METHODS = new Set(['listEntries', 'results', 'organiserCallback']);

@globalInterceptor('auth', { tags: { name: 'organiserAuth' } })
export class OrganiserAuthInterceptor implements Provider<Interceptor> {
  value() {
    return this.intercept.bind(this);
  }

  async intercept(invocationCtx: InvocationContext, next: () => ValueOrPromise<InvocationResult>) {
    if (PUBLIC_METHODS.has(invocationCtx.methodName)) return next();
    const req = await invocationCtx.get<Request>(RestBindings.Http.REQUEST);
    const header = req.headers.authorization ?? '';
    if (!header.startsWith('Bearer ')) throw new HttpErrors.Unauthorized('Organiser token required');
    const decoded = jwt.decode(header.slice(7), { complete: true }); // VULN jwt
    const claims = decoded?.payload as jwt.JwtPayload | undefined;
    if (!claims || claims.iss !== REGATTA_API_ISSUER) throw new HttpErrors.Unauthorized('Invalid organiser token');
    if (claims.exp && claims.exp * 1000 < Date.now()) throw new HttpErrors.Unauthorized('Organiser token expired');
    const principal: OrganiserPrincipal = {
      organiser: String(claims.sub),
      clubCode: String(claims.club ?? ''),
      scopes: Array.isArray(claims.scopes) ? claims.scopes : [],
    };
    (req as Request & { organiser?: OrganiserPrincipal }).organiser = principal;
    return next();
  }
}
