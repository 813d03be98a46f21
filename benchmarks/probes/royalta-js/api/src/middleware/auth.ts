import type { NextFunction, Request, Response } from 'express';
import jwt from 'jsonwebtoken';
import { config } from '../config';

export interface AuthUser {
  id: string;
  role: 'artist' | 'label_admin' | 'finance' | 'support';
  labelId: string;
  artistId?: string;
}

function bearerToken(req: Request): string | null {
  const header = req.headers.authorization ?? '';
  if (header.startsWith('Bearer ')) return header.slice(7).trim();
  return typeof req.cookies?.royalta_session === 'string' ? req.cookies.royalta_session : null;
}

export function requireUser(req: Request, res: Response, next: NextFunction) {
  const token = bearerToken(req);
  if (!token) return res.status(401).json({ error: 'missing_token' });
  try {
    const claims = jwt.verify(token, config.jwt.secret, { algorithms: ['HS256'], issuer: config.jwt.issuer }) as jwt.JwtPayload; // SAFE jwt
    req.user = { id: String(claims.sub), role: claims.role, labelId: claims.labelId, artistId: claims.artistId };
    return next();
  } catch {
    return res.status(401).json({ error: 'invalid_token' });
  }
}

export function requireRole(...roles: AuthUser['role'][]) {
  return (req: Request, res: Response, next: NextFunction) =>
    req.user && roles.includes(req.user.role) ? next() : res.status(403).json({ error: 'forbidden' });
}
