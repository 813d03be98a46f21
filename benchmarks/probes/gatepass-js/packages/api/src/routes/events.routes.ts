import { Router } from 'express';
import * as eventService from '../services/eventService.js';
import * as seatService from '../services/seatService.js';
import * as fanWall from '../services/fanWallService.js';
import { requireAuth } from '../middleware/auth.js';

export const eventsRouter = Router();

eventsRouter.get('/search', async (req, res) => {
  const { q, city, limit } = req.query as Record<string, string | undefined>;
  res.json({ results: await eventService.search({ q, city, limit }) });
});

eventsRouter.get('/status/:status', async (req, res) => res.json({ events: await eventService.listByStatus(req.params.status) }));
eventsRouter.get('/venue/:venueId', async (req, res) => res.json({ events: await eventService.eventsAtVenue(req.params.venueId) }));

eventsRouter.post('/:eventId/holds/lookup', async (req, res) => res.json({ holds: await seatService.lookupHolds(req.params.eventId, req.body) }));
eventsRouter.get('/:eventId/rows/:row', async (req, res) => res.json(await seatService.rowAvailability(req.params.eventId, req.params.row)));
eventsRouter.delete('/:eventId/holds/:holdId', async (req, res) => res.json(await seatService.release(req.params.holdId, req.body?.email)));

eventsRouter.get('/:slug/page', async (req, res) => {
  const event = await eventService.getBySlug(req.params.slug);
  res.render('event', {
    event: { title: event.title, startsAt: event.startsAt.toISOString(), status: event.status },
    sharedBy: req.query.by ?? '',
    searchTerm: req.query.q ?? '',
  });
});

eventsRouter.get('/by-slug/:slug', async (req, res) => {
  const { id, slug, title, startsAt, descriptionHtml } = await eventService.getBySlug(req.params.slug);
  res.json({ id, slug, title, startsAt, descriptionHtml });
});

eventsRouter.get('/:eventId/fan-wall', async (req, res) => res.json(await fanWall.latestPosts(Number(req.params.eventId))));
eventsRouter.post('/:eventId/fan-wall', requireAuth('customer'), async (req, res) => {
  res.status(201).json(await fanWall.addPost(Number(req.params.eventId), req.user!.id, String(req.body?.message ?? '')));
});
