import {
  CanActivate,
  ExecutionContext,
  Injectable,
  SetMetadata,
  UnauthorizedException,
  createParamDecorator,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Reflector } from '@nestjs/core';
import { Request } from 'express';
import { jwtVerify } from 'jose';

export interface AuthUser {
  id: string;
  email: string;
  roles: string[];
  crewId?: string;
  terminalId?: string;
}

export type AuthenticatedRequest = Request & { user?: AuthUser };

export const IS_PUBLIC = 'ferrylane:isPublic';
export const Public = () => SetMetadata(IS_PUBLIC, true);

export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthUser | undefined => {
  const req = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
  return req.user;
});

export function extractBearer(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (header && header.startsWith('Bearer ')) {
    return header.slice('Bearer '.length).trim();
  }
  const cookie = (req as Request & { cookies?: Record<string, string> }).cookies?.fl_session;
  return cookie || undefined;
}

@Injectable()
export class JwtAuthGuard implements CanActivate {
  private readonly key: Uint8Array;
  private readonly issuer: string;
  private readonly audience: string;

  constructor(
    private readonly reflector: Reflector,
    config: ConfigService,
  ) {
    this.key = new TextEncoder().encode(config.getOrThrow<string>('auth.signingSecret'));
    this.issuer = config.getOrThrow<string>('auth.issuer');
    this.audience = config.getOrThrow<string>('auth.audience');
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) {
      return true;
    }
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = extractBearer(req);
    if (!token) {
      throw new UnauthorizedException('Missing credentials');
    }
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: this.issuer, audience: this.audience, algorithms: ['HS256'] }); // SAFE jwt
      req.user = {
        id: String(payload.sub),
        email: String(payload.email ?? ''),
        roles: Array.isArray(payload.roles) ? (payload.roles as string[]) : [],
        crewId: typeof payload.crewId === 'string' ? payload.crewId : undefined,
      };
      return true;
    } catch {
      throw new UnauthorizedException('Invalid or expired session');
    }
  }
}
