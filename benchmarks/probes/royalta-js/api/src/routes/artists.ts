import { Router } from 'express';
import { artistBelongsToLabel, searchArtists } from '../repositories/artistRepository';
import { mergeDashboardSettings, setDashboardOption } from '../services/settingsService';
import { asyncHandler, HttpError, UUID_RE } from '../lib/http';
import { requireRole } from '../middleware/auth';

const router = Router();

router.param('id', (req, _res, next, id: string) => {
  if (!UUID_RE.test(id)) return next(new HttpError(400, 'invalid artist id'));
  if (req.user!.artistId === id) return next();
  artistBelongsToLabel(id, req.user!.labelId)
    .then((ok) => next(ok ? undefined : new HttpError(404, 'artist not found')))
    .catch(next);
});

router.get('/search', requireRole('label_admin', 'support'), asyncHandler(async (req, res) => {
  const term = String(req.query.q ?? '').trim();
  res.json({ results: term.length < 2 ? [] : await searchArtists(req.user!.labelId, term) });
}));

router.patch('/:id/dashboard', asyncHandler(async (req, res) => {
  res.json({ settings: await mergeDashboardSettings(req.params.id, req.body ?? {}) });
}));

router.put('/:id/dashboard/:key', asyncHandler(async (req, res) => {
  res.json({ settings: await setDashboardOption(req.params.id, req.params.key, req.body?.value) });
}));

export default router;
