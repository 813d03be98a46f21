import { Router } from 'express';
import { getTopTracks } from '../services/playService';
import { countQualifiedPlays, searchEvents } from '../repositories/eventStore';
import { artistOf, asyncHandler, clampInt } from '../lib/http';
import { requireRole } from '../middleware/auth';

const router = Router();

router.get('/top', asyncHandler(async (req, res) => {
  const tracks = await getTopTracks({
    artistId: artistOf(req),
    from: req.query.from as string | undefined,
    to: req.query.to as string | undefined,
    sort: req.query.sort as string | undefined,
    order: req.query.order as string | undefined,
    limit: clampInt(req.query.limit, 1, 100, 20),
  });
  res.json({ tracks });
}));

router.get('/tracks/:trackId/qualified', asyncHandler(async (req, res) => {
  const minSeconds = String(req.query.minSeconds ?? '30');
  res.json({ trackId: req.params.trackId, minSeconds, count: await countQualifiedPlays(req.params.trackId, minSeconds) });
}));

router.post('/events/search', requireRole('support'), asyncHandler(async (req, res) => {
  const events = await searchEvents(req.body, 500);
  res.json({ count: events.length, events });
}));

export default router;
