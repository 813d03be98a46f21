import type { NextFunction, Request, Response } from 'express';

const ALLOWED_ORIGINS = new Set(['https://gatepass.io', 'https://www.gatepass.io', 'https://box-office.gatepass.io']);

export function corsForFrontends(req: Request, res: Response, next: NextFunction) {
  const origin = req.get('origin');
  if (origin && ALLOWED_ORIGINS.has(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin); // SAFE cors
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
  }
  if (req.method !== 'OPTIONS') return next();
  res.setHeader('Access-Control-Allow-Methods', 'GET,POST,PUT,PATCH,DELETE');
  res.setHeader('Access-Control-Allow-Headers', 'authorization,content-type');
  res.sendStatus(204);
}
