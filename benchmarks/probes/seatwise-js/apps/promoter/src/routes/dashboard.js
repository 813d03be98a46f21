'use strict';

const express = require('express');
const reportService = require('../services/reportService');
const { requireLogin } = require('../middleware/auth');
const { COOKIE_NAME } = require('../middleware/preferences');
const { encodePreferences } = require('../lib/prefs');

const router = express.Router();

router.get('/', (req, res) => res.redirect('/dashboard'));

router.get('/dashboard', requireLogin, async (req, res, next) => {
  try {
    const q = typeof req.query.q === 'string' ? req.query.q.trim() : '';
    const status = req.query.status === 'past' ? 'past' : 'upcoming';
    const events = await reportService.listEvents(req.session.promoterId, { search: q, status });
    res.render('dashboard', { title: 'Dashboard', events, q, status });
  } catch (err) {
    next(err);
  }
});

router.post('/dashboard/preferences', requireLogin, (req, res) => {
  const next = {
    ...req.preferences,
    layout: req.body.layout,
    showRefunds: req.body.showRefunds === 'on',
    pinnedEvents: [].concat(req.body.pinnedEvents || []),
  };
  res.cookie(COOKIE_NAME, encodePreferences(next), {
    httpOnly: true,
    sameSite: 'lax',
    secure: req.secure,
    maxAge: 180 * 24 * 3600 * 1000,
  });
  res.redirect('/dashboard');
});

module.exports = router;
