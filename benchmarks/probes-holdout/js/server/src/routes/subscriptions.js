'use strict';

const express = require('express');
const { asyncHandler } = require('../util/http');
const subscriptionService = require('../services/subscriptionService');
const clients = require('../services/clients');
const { parseReportQuery, parseSegment, parseDiscountRule, toInt } = require('../dto');
const { requireMember, requireRole } = require('../middleware/auth');

const router = express.Router();

router.use(requireMember);

router.get(
  '/price',
  asyncHandler(async (req, res) => {
    const season = String(new Date().getFullYear());
    const tier = String(req.query.tier || 'full');
    const pence = await subscriptionService.priceFor(req.member.toObject(), tier, season);
    res.json({ tier, season, pence });
  })
);

router.get(
  '/report',
  requireRole('treasurer'),
  asyncHandler(async (req, res) => {
    const report = await subscriptionService.seasonReport(parseReportQuery(req.query));
    res.json(report);
  })
);

router.get(
  '/renewals',
  requireRole('treasurer'),
  asyncHandler(async (req, res) => {
    const season = String(new Date().getFullYear());
    res.json({ renewals: await subscriptionService.renewalList(req.query.order, season) });
  })
);

router.get(
  '/mandates/:mandateId',
  requireRole('treasurer'),
  asyncHandler(async (req, res) => {
    const mandate = await clients.getMandate(req.params.mandateId);
    res.json({ status: mandate.status, nextPossibleChargeDate: mandate.next_possible_charge_date, scheme: mandate.scheme });
  })
);

router.get('/quote', requireRole('treasurer'), (req, res, next) => {
  try {
    res.json({ pounds: subscriptionService.quickQuote(req.query.formula) });
  } catch (err) {
    next(err);
  }
});

router.post(
  '/segments',
  requireRole('membership-secretary'),
  asyncHandler(async (req, res) => {
    const id = await subscriptionService.createSegment(parseSegment(req.body), req.member);
    res.status(201).json({ id });
  })
);

router.post(
  '/segments/:segmentId/remind',
  requireRole('membership-secretary'),
  asyncHandler(async (req, res) => {
    const segmentId = toInt(req.params.segmentId, 'segmentId', { min: 1 });
    const jobId = await subscriptionService.scheduleSegmentReminder(segmentId, req.member.email);
    res.status(202).json({ jobId });
  })
);

router.post(
  '/discounts',
  requireRole('treasurer'),
  asyncHandler(async (req, res) => {
    const id = await subscriptionService.createDiscountRule(parseDiscountRule(req.body), req.member);
    res.status(201).json({ id });
  })
);

module.exports = router;
