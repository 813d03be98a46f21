import { readFileSync } from 'node:fs';
import jwt from 'jsonwebtoken';
import type { Context, Next } from 'koa';
import { config } from '../config';

export interface AccountState {
  accountId: string;
  memberId: number;
  role: 'member' | 'host' | 'admin';
}

const publicKey = readFileSync(config.auth.publicKeyPath, 'utf8');
const OPEN_PATHS = new Set(['/health']);

export async function authenticate(ctx: Context, next: Next): Promise<void> {
  if (OPEN_PATHS.has(ctx.path)) return next();
  const header = ctx.get('Authorization');
  if (!header.startsWith('Bearer ')) {
    ctx.throw(401, 'missing bearer token');
  }
  let claims: jwt.JwtPayload;
  try {
    claims = jwt.verify(header.slice(7), publicKey, {
      algorithms: ['RS256'],
      audience: config.auth.audience,
      issuer: config.auth.issuer,
    }) as jwt.JwtPayload;
  } catch {
    ctx.throw(401, 'invalid token');
  }
  ctx.state.account = {
    accountId: String(claims.account),
    memberId: Number(claims.sub),
    role: (claims.role as AccountState['role']) ?? 'member',
  } satisfies AccountState;
  await next();
}

export function requireAdmin(ctx: Context, next: Next): Promise<void> | void {
  const account = ctx.state.account as AccountState | undefined;
  if (!account || account.role !== 'admin') {
    ctx.throw(403, 'admin only');
  }
  return next();
}
