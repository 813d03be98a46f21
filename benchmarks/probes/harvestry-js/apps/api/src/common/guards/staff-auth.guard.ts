import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';
import * as jwt from 'jsonwebtoken';
import { appConfig } from '../../config/app.config';

export interface StaffClaims {
  sub: string;
  role: 'staff' | 'grader' | 'finance';
  name: string;
}

export type StaffRequest = Request & { staff?: StaffClaims };

@Injectable()
export class StaffAuthGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<StaffRequest>();
    const header = req.headers.authorization ?? '';
    if (!header.startsWith('Bearer ')) throw new UnauthorizedException();
    try {
      req.staff = jwt.verify(header.slice(7), appConfig.jwt.staffSecret, { algorithms: ['HS256'], issuer: appConfig.jwt.issuer }) as StaffClaims; // SAFE jwt
      return true;
    } catch {
      throw new UnauthorizedException('invalid staff token');
    }
  }
}
