import type { NextFunction, Request, Response } from 'express';
import { DEFAULT_PREFERENCES, decodePreferences } from '../lib/sessionCodec';

export function loadPreferences(req: Request, _res: Response, next: NextFunction) {
  const raw = req.cookies?.royalta_prefs;
  req.preferences = { ...DEFAULT_PREFERENCES };
  if (typeof raw === 'string' && raw) {
    try {
      Object.assign(req.preferences, decodePreferences(raw));
    } catch (err) {
      console.warn('ignoring unreadable preferences cookie:', (err as Error).message);
    }
  }
  next();
}
