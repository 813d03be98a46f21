'use strict';

const express = require('express');
const { asyncHandler } = require('../util/http');
const concertService = require('../services/concertService');
const mediaService = require('../services/mediaService');
const clients = require('../services/clients');
const { parseClipRequest, parseProgrammeRequest } = require('../dto');
const { requireMember, requireRole } = require('../middleware/auth');
const { widgetCors } = require('../middleware/http');

const concertsRouter = express.Router();

concertsRouter.get(
  '/',
  asyncHandler(async (req, res) => {
    const season = /^\d{4}$/.test(String(req.query.season)) ? String(req.query.season) : String(new Date().getFullYear());
    const concerts = await concertService.listSeason(season);
    res.json({ season, concerts });
  })
);

concertsRouter.post(
  '/',
  requireMember,
  asyncHandler(async (req, res) => {
    const concert = await concertService.propose(req.member, req.body);
    res.status(201).json({ id: concert._id });
  })
);

concertsRouter.get(
  '/:id',
  asyncHandler(async (req, res) => {
    const concert = await concertService.getConcert(req.params.id);
    if (!concert.published && !req.member) return res.redirect('/login');
    return res.render('concerts/show', { title: concert.title, concert });
  })
);

concertsRouter.put(
  '/:id/notes',
  requireMember,
  asyncHandler(async (req, res) => {
    const concert = await concertService.updateNotes(req.params.id, req.member, req.body.programmeNotes);
    res.json({ id: concert._id, updatedAt: concert.updatedAt });
  })
);

/** "Buy tickets" button: hand the visitor over to whichever ticket agent the organiser uses. */
concertsRouter.get(
  '/:id/tickets',
  asyncHandler(async (req, res) => {
    const concert = await concertService.getConcert(req.params.id);
    if (!concert.ticketUrl) return res.redirect(`/concerts/${concert._id}`);
    return res.redirect(302, concert.ticketUrl); // VULN redirect
  })
);

concertsRouter.get(
  '/:id/box-office',
  asyncHandler(async (req, res) => {
    const concert = await concertService.getConcert(req.params.id);
    if (!concert.boxOfficeEventId) return res.json({ available: null });
    const seats = await clients.availability(concert.boxOfficeEventId);
    return res.json({ available: Math.max(seats.capacity - seats.sold, 0), priceBands: seats.priceBands });
  })
);

concertsRouter.get(
  '/:id/venue-map',
  asyncHandler(async (req, res) => {
    const concert = await concertService.getConcert(req.params.id);
    if (!concert.venueMapUrl) return res.status(404).end();
    const map = await clients.fetchVenueMap(concert.venueMapUrl);
    res.set('Cache-Control', 'public, max-age=86400');
    return res.type(map.contentType).send(map.body);
  })
);

concertsRouter.post(
  '/:id/programme/pdf',
  requireMember,
  requireRole('librarian'),
  asyncHandler(async (req, res) => {
    const jobId = await concertService.requestProgrammePdf(req.params.id, parseProgrammeRequest(req.body), req.member);
    res.status(202).json({ jobId });
  })
);

concertsRouter.post(
  '/:id/clips',
  requireMember,
  requireRole('media'),
  asyncHandler(async (req, res) => {
    const clip = await mediaService.createClip(req.params.id, parseClipRequest(req.body));
    res.status(201).json(clip);
  })
);

/* ---------- widget ---------- */

const widgetRouter = express.Router();

widgetRouter.use(widgetCors);

widgetRouter.get(
  '/next-concert',
  asyncHandler(async (req, res) => {
    const concerts = await concertService.listSeason(String(new Date().getFullYear()));
    const upcoming = concerts.find((c) => new Date(c.startsAt) > new Date());
    res.json({
      concert: upcoming ? { id: upcoming._id, title: upcoming.title, venue: upcoming.venue, startsAt: upcoming.startsAt } : null,
      member: req.member ? { name: req.member.name, email: req.member.email, section: req.member.section } : null,
    });
  })
);

module.exports = { concertsRouter, widgetRouter };
