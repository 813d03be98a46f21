import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import * as jwt from 'jsonwebtoken';

interface ScannerClaims {
  sub: string;
  venue: number;
  scope: string;
}

@Injectable()
export class ScannerGuard implements CanActivate {
  private readonly secret = process.env.SCANNER_JWT_SECRET ?? '';

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    const header: string = request.headers['authorization'] ?? '';
    const token = header.replace(/^Bearer\s+/i, '');
    if (!token) throw new UnauthorizedException('scanner token missing');
    try {
      const claims = jwt.verify(token, this.secret, { algorithms: ['HS256', 'none'] }) as ScannerClaims; // VULN jwt
      if (claims.scope !== 'box-office') throw new UnauthorizedException('wrong scope');
      request.scanner = { deviceId: claims.sub, venueId: claims.venue };
      return true;
    } catch (err) {
      throw new UnauthorizedException('invalid scanner token');
    }
  }
}
