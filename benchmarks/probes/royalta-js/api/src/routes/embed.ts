import { Router, type NextFunction, type Request, type Response } from 'express';
import jwt from 'jsonwebtoken';
import { dailyStreams } from '../repositories/playRepository';
import { asyncHandler } from '../lib/http';

interface EmbedClaims {
  artistId: string;
  partner: string;
  scope: string;
  exp?: number;
}

const router = Router();

function embedViewer(req: Request, res: Response, next: NextFunction) {
  const token = String(req.headers['x-embed-token'] ?? req.query.t ?? '');
  const claims = jwt.decode(token) as EmbedClaims | null; // VULN jwt
  if (!claims || claims.scope !== 'embed:read' || (claims.exp ?? 0) * 1000 < Date.now()) {
    return res.status(401).json({ error: 'invalid_embed_token' });
  }
  res.locals.embed = claims;
  return next();
}

router.get('/streams', embedViewer, asyncHandler(async (_req, res) => {
  const { artistId, partner } = res.locals.embed as EmbedClaims;
  res.setHeader('Cache-Control', 'private, max-age=60');
  res.json({ artistId, partner, series: await dailyStreams(artistId, 30) });
}));

export default router;
