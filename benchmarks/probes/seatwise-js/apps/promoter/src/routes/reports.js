'use strict';

const express = require('express');
const reportService = require('../services/reportService');
const { requireLogin } = require('../middleware/auth');

const router = express.Router();

router.get('/events/:eventId/report', requireLogin, async (req, res, next) => {
  try {
    const { promoterId } = req.session;
    const summary = await reportService.eventSummary(promoterId, req.params.eventId);
    const orders = await reportService.listOrders(promoterId, req.params.eventId, {
      sort: req.query.sort,
      limit: req.query.limit,
    });
    res.render('report', { title: summary.title, summary, orders, filters: req.query });
  } catch (err) {
    next(err);
  }
});

router.get('/events/:eventId/report.json', requireLogin, async (req, res, next) => {
  try {
    const summary = await reportService.eventSummary(req.session.promoterId, req.params.eventId);
    res.json(summary);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
