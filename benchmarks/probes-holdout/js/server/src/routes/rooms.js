'use strict';

const express = require('express');
const { asyncHandler, escapeHtml, noticePage } = require('../util/http');
const roomService = require('../services/roomService');
const { parseBooking, parseLayoutChange, parseKioskCheckin, parseDay, toInt } = require('../dto');
const { requireMember, requireRole } = require('../middleware/auth');
const planner = require('../services/plannerService');
const concertService = require('../services/concertService');
const { pick } = require('../util/objects');

const roomsRouter = express.Router();

roomsRouter.get(
  '/',
  asyncHandler(async (req, res) => {
    const rooms = await roomService.listRooms();
    res.json({ rooms });
  })
);

roomsRouter.get(
  '/lookup',
  asyncHandler(async (req, res) => {
    const name = String(req.query.name || '');
    const room = await roomService.lookupByName(name);
    if (room) return res.redirect(`/rooms/${room.id}/calendar`);
    return res.status(404).send(noticePage('Room not found', `<p>No rehearsal room called <strong>${escapeHtml(name)}</strong>.</p><p><a href="/rooms">All rooms</a></p>`)); // SAFE xss
  })
);

roomsRouter.get(
  '/:roomId/calendar',
  asyncHandler(async (req, res) => {
    const roomId = toInt(req.params.roomId, 'roomId', { min: 1 });
    const view = await roomService.calendar(roomId, parseDay(req.query.day));
    res.render('rooms/calendar', { title: `${view.room.name} - ${view.day}`, ...view });
  })
);

roomsRouter.post(
  '/:roomId/bookings',
  requireMember,
  asyncHandler(async (req, res) => {
    const roomId = toInt(req.params.roomId, 'roomId', { min: 1 });
    const booking = await roomService.book(roomId, req.member, parseBooking(req.body));
    res.status(201).json({ booking });
  })
);

roomsRouter.patch(
  '/:roomId/layout',
  requireMember,
  requireRole('quartermaster'),
  asyncHandler(async (req, res) => {
    const roomId = toInt(req.params.roomId, 'roomId', { min: 1 });
    const layout = await roomService.updateLayout(roomId, parseLayoutChange(req.body));
    res.json({ layout });
  })
);

roomsRouter.post(
  '/kiosk/checkin',
  asyncHandler(async (req, res) => {
    const kiosk = roomService.identifyKiosk(req.get('X-Kiosk-Token'));
    const result = await roomService.checkIn(kiosk, parseKioskCheckin(req.body));
    res.json(result);
  })
);

/* ---------- planner ---------- */

const plannerRouter = express.Router();

plannerRouter.use(requireMember);

plannerRouter.get(
  '/',
  asyncHandler(async (req, res) => {
    const state = planner.restoreState(req.cookies[planner.COOKIE]);
    const concerts = state.showConcerts ? await concertService.listSeason(String(new Date().getFullYear())) : [];
    res.json({ state, concerts: concerts.map((c) => ({ id: c._id, title: c.title, startsAt: c.startsAt })) });
  })
);

plannerRouter.post('/state', (req, res) => {
  const state = pick(req.body || {}, ['view', 'sections', 'showConcerts', 'collapsed']);
  planner.persistState(res, state);
  res.status(204).end();
});

module.exports = { roomsRouter, plannerRouter };
