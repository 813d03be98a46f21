import type { NextFunction, Request, Response } from 'express';
import jwt from 'jsonwebtoken';
import { config } from '../config/index.js';

export interface AuthUser {
  id: string;
  role: 'customer' | 'staff' | 'promoter';
}

declare module 'express-serve-static-core' {
  interface Request {
    user?: AuthUser;
  }
}

export function requireAuth(...roles: AuthUser['role'][]) {
  return (req: Request, res: Response, next: NextFunction) => {
    const header = req.get('authorization') ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7) : req.cookies?.gp_session;
    if (!token) return res.status(401).json({ error: 'authentication required' });
    try {
      const claims = jwt.verify(token, config.jwt.secret, { algorithms: ['HS256'], issuer: config.jwt.issuer }) as jwt.JwtPayload; // SAFE jwt
      req.user = { id: String(claims.sub), role: claims.role };
    } catch {
      return res.status(401).json({ error: 'invalid or expired token' });
    }
    if (roles.length > 0 && !roles.includes(req.user.role)) return res.status(403).json({ error: 'forbidden' });
    next();
  };
}
