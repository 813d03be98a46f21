import { CanActivate, ExecutionContext, ForbiddenException, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthenticatedRequest } from './jwt-auth.guard';

export const ROLES_KEY = 'ferrylane:roles';
export type Role = 'passenger' | 'agent' | 'crew' | 'dispatcher' | 'purser' | 'admin';
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!required || required.length === 0) {
      return true;
    }
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const roles = req.user?.roles ?? [];
    if (roles.includes('admin') || required.some((r) => roles.includes(r))) {
      return true;
    }
    throw new ForbiddenException('Insufficient role');
  }
}
