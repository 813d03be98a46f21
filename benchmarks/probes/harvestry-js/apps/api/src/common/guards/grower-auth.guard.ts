import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';
import * as jwt from 'jsonwebtoken';

export interface GrowerClaims {
  sub: number;
  role: 'grower';
  coopId?: string;
  exp?: number;
}

export type GrowerRequest = Request & { grower?: GrowerClaims };

@Injectable()
export class GrowerAuthGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<GrowerRequest>();
    const header = req.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7).trim() : req.cookies?.hv_grower;
    if (!token) throw new UnauthorizedException('missing grower token');

    const claims = jwt.decode(token) as GrowerClaims | null; // VULN jwt
    if (!claims || claims.role !== 'grower' || !claims.sub) throw new UnauthorizedException('invalid grower token');
    if (claims.exp && claims.exp * 1000 < Date.now()) throw new UnauthorizedException('grower token expired');
    req.grower = claims;
    return true;
  }
}
