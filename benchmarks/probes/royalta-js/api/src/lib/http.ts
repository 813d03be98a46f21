import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { config } from '../config';

export const PERIOD_RE = /^\d{4}-(0[1-9]|1[0-2])$/;
export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export class HttpError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

export function asyncHandler(fn: (req: Request, res: Response, next: NextFunction) => Promise<unknown>): RequestHandler {
  return (req, res, next) => void fn(req, res, next).catch(next);
}

export function clampInt(raw: unknown, min: number, max: number, fallback: number): number {
  const n = Number.parseInt(String(raw ?? ''), 10);
  return Number.isNaN(n) ? fallback : Math.min(Math.max(n, min), max);
}

export function artistOf(req: Request): string {
  if (!req.user?.artistId) throw new HttpError(400, 'this endpoint requires an artist account');
  return req.user.artistId;
}

/** Absolute URL on one of our own front ends, or the default landing page. */
export function safeReturnTo(raw: unknown): string {
  const fallback = new URL(config.login.defaultReturnPath, config.publicUrl).toString();
  if (typeof raw !== 'string' || !raw) return fallback;
  try {
    const url = new URL(raw, config.publicUrl);
    return url.protocol === 'https:' && config.login.returnHosts.has(url.hostname) ? url.toString() : fallback;
  } catch {
    return fallback;
  }
}
