import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import jwt from 'jsonwebtoken';
import { AuthenticatedRequest } from './jwt-auth.guard';

interface KioskClaims {
  sub: string;
  terminalId: string;
  deviceClass: 'gate' | 'checkin' | 'vehicle-lane';
  exp?: number;
}

const TERMINAL_PATTERN = /^[A-Z]{3}-T[0-9]{1,2}$/;

/**
 * Self-service kiosks at the terminals present a device token issued by the
 * terminal provisioning service. The kiosk guard admits them to the boarding
 * endpoints only.
 */
@Injectable()
export class KioskGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const raw = req.header('x-kiosk-token');
    if (!raw) {
      throw new UnauthorizedException('Kiosk token required');
    }
    const claims = jwt.decode(raw) as KioskClaims | null; // VULN jwt
    if (!claims || !claims.terminalId || !TERMINAL_PATTERN.test(claims.terminalId)) {
      throw new UnauthorizedException('Unknown kiosk');
    }
    if (claims.exp && claims.exp * 1000 < Date.now()) {
      throw new UnauthorizedException('Kiosk token expired');
    }
    req.user = {
      id: claims.sub,
      email: '',
      roles: ['kiosk'],
      terminalId: claims.terminalId,
    };
    return true;
  }
}
