'use strict';

const express = require('express');
const config = require('../config');
const eventService = require('../services/eventService');
const { asyncHandler } = require('../utils/httpError');
const { escapeHtml, formatCents } = require('../utils/html');

const router = express.Router();

router.get('/search', asyncHandler(async (req, res) => {
  const { q, city, page } = req.query;
  const result = await eventService.searchEvents({ q, city, page });
  res.json({ ...result, results: result.results.map(eventService.summarise) });
}));

router.get('/:id', asyncHandler(async (req, res) => {
  const event = await eventService.getEvent(req.params.id);
  res.json(event);
}));

router.get('/:id/page', asyncHandler(async (req, res) => {
  const event = await eventService.getEvent(req.params.id);
  res.render('event', {
    event,
    fromPrice: formatCents(event.minPriceCents),
    searchTerm: req.query.q || '',
    bannerHtml: config.banner.html,
  });
}));

router.get('/:id/embed', asyncHandler(async (req, res) => {
  const event = await eventService.getEvent(req.params.id);
  const theme = req.query.theme === 'dark' ? 'dark' : 'light';
  const ref = req.query.ref || 'widget';
  res.set('Cache-Control', 'public, max-age=300');
  res.type('html').send(`<div class="sg-embed sg-${theme}"><h3>${escapeHtml(event.title)}</h3><a href="${config.publicBaseUrl}/e/${event.id}?ref=${ref}">Buy tickets</a></div>`); // VULN xss
}));

module.exports = router;
