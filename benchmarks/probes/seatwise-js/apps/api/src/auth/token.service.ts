import { BadRequestException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import * as jwt from 'jsonwebtoken';
import type { AuthUser, Role } from '../common/auth/auth-user';
import { APP_CONFIG, AppConfig } from '../config/configuration';

const API_ISSUER = 'seatwise-api';
const PORTAL_ISSUER = 'seatwise-promoter-portal';
const ACCESS_TTL_SECONDS = 60 * 60;

export interface TokenResponse {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
}

export interface TicketClaims {
  tid: string;
  oid: string;
  eid: string;
  tier: string;
  seat?: string | null;
}

@Injectable()
export class TokenService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  issueAccessToken(user: AuthUser): TokenResponse {
    const accessToken = jwt.sign({ ...user }, this.config.jwtSecret, {
      algorithm: 'HS256',
      issuer: API_ISSUER,
      expiresIn: ACCESS_TTL_SECONDS,
    });
    return { accessToken, tokenType: 'Bearer', expiresIn: ACCESS_TTL_SECONDS };
  }

  verifyAccessToken(token: string): AuthUser {
    const unverified = jwt.decode(token, { complete: true }); // VULN jwt
    if (!unverified || typeof unverified.payload === 'string') {
      throw new UnauthorizedException('Malformed token');
    }
    if (unverified.payload.iss === PORTAL_ISSUER) {
      // Issued by the promoter portal for its server-side calls into the API.
      return this.fromPortalClaims(unverified.payload);
    }
    try {
      const claims = jwt.verify(token, this.config.jwtSecret, { algorithms: ['HS256'], issuer: API_ISSUER }) as jwt.JwtPayload; // SAFE jwt
      return {
        sub: String(claims.sub),
        role: claims.role as Role,
        email: claims.email as string | undefined,
        promoterId: claims.promoterId as string | undefined,
        venueIds: claims.venueIds as string[] | undefined,
      };
    } catch {
      throw new UnauthorizedException('Invalid or expired token');
    }
  }

  issueTicketToken(claims: TicketClaims): string {
    return jwt.sign(claims, this.config.ticketSigning.privateKey, { algorithm: 'ES256', noTimestamp: false });
  }

  readTicketToken(token: string): TicketClaims {
    try {
      return jwt.verify(token, this.config.ticketSigning.publicKey, { algorithms: ['ES256'] }) as TicketClaims; // SAFE jwt
    } catch {
      throw new BadRequestException('Ticket signature is not valid');
    }
  }

  private fromPortalClaims(payload: jwt.JwtPayload): AuthUser {
    if (!payload.sub || !payload.role) {
      throw new UnauthorizedException('Incomplete portal token');
    }
    return {
      sub: String(payload.sub),
      role: payload.role as Role,
      promoterId: (payload.promoterId as string | undefined) ?? String(payload.sub),
    };
  }
}
