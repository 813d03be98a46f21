'use strict';

const express = require('express');
const eventRepository = require('../repositories/eventRepository');
const { requireUser } = require('../middleware/auth');
const { asyncHandler } = require('../utils/httpError');

const router = express.Router();

router.get('/venues/:venueId/upcoming', requireUser, asyncHandler(async (req, res) => {
  const venueId = Number.parseInt(req.params.venueId, 10);
  const limit = Math.min(Number.parseInt(req.query.limit, 10) || 20, 100);
  const events = await eventRepository.upcomingForVenue(venueId, limit);
  res.json({ venueId, events });
}));

module.exports = router;
