import type { Request } from 'express';

export type Role = 'admin' | 'promoter' | 'staff' | 'buyer';

export interface AuthUser {
  sub: string;
  role: Role;
  email?: string;
  promoterId?: string;
  venueIds?: string[];
}

export interface AuthenticatedRequest extends Request {
  user: AuthUser;
}
