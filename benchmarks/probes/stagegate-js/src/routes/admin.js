'use strict';

const express = require('express');
const yaml = require('js-yaml');
const orderRepository = require('../repositories/orderRepository');
const pricingService = require('../services/pricingService');
const templateService = require('../services/templateService');
const webhookService = require('../services/webhookService');
const { getDb } = require('../db/mongo');
const { requireUser, requireRole } = require('../middleware/auth');
const { mergeSettings } = require('../utils/merge');
const { HttpError, asyncHandler } = require('../utils/httpError');

const router = express.Router();
router.use(requireUser, requireRole('admin', 'manager'));

const SAMPLE_DEMAND = [
  { base: 4500, demand: 0.2, daysOut: 60 },
  { base: 4500, demand: 0.6, daysOut: 14 },
  { base: 4500, demand: 0.95, daysOut: 1 },
];

router.get('/orders', asyncHandler(async (req, res) => {
  const orders = await orderRepository.searchForAdmin({
    eventId: Number.parseInt(req.query.eventId, 10) || null,
    status: req.query.status ? String(req.query.status) : null,
  });
  res.json(orders);
}));

router.post('/reports', asyncHandler(async (req, res) => {
  const report = await orderRepository.saveReportDefinition({
    name: String(req.body.name || 'Untitled report'),
    groupBy: req.body.groupBy,
    createdBy: req.user.id,
  });
  res.status(201).json({ id: report.id });
}));

router.get('/reports/:id/run', asyncHandler(async (req, res) => {
  const result = await orderRepository.runSavedReport(Number.parseInt(req.params.id, 10));
  if (!result) throw new HttpError(404, 'report not found');
  res.json(result);
}));

router.post('/pricing/preview', asyncHandler(async (req, res) => {
  const rule = { name: req.body.name, expression: String(req.body.expression || 'base') };
  res.json({ rule: rule.name, samples: pricingService.previewDynamicRule(rule, SAMPLE_DEMAND) });
}));

router.get('/pricing/tiers/:tier', (req, res) => {
  const base = Number.parseInt(req.query.base, 10) || 5000;
  res.json({ tier: req.params.tier, priceCents: pricingService.priceForTier(base, req.params.tier) });
});

router.post('/campaigns/preview', (req, res) => {
  const html = templateService.renderCampaignPreview({ body: String(req.body.body || ''), context: req.body.context });
  res.type('html').send(html);
});

router.get('/templates/:name/preview', (req, res) => {
  res.type('html').send(templateService.renderNamed(req.params.name));
});

router.put('/settings', asyncHandler(async (req, res) => {
  const settings = getDb().collection('settings');
  const current = (await settings.findOne({ _id: 'box-office' })) || { _id: 'box-office' };
  const updated = mergeSettings(current, req.body || {});
  await settings.replaceOne({ _id: 'box-office' }, updated, { upsert: true });
  res.json(updated);
}));

router.post('/settings/import', express.text({ type: ['application/yaml', 'text/yaml'] }), asyncHandler(async (req, res) => {
  const doc = yaml.load(req.body, { schema: yaml.FAILSAFE_SCHEMA }); // SAFE deser
  if (!doc || typeof doc !== 'object') throw new HttpError(400, 'expected a YAML mapping');
  const settings = getDb().collection('settings');
  const current = (await settings.findOne({ _id: 'box-office' })) || { _id: 'box-office' };
  const updated = mergeSettings(current, doc);
  await settings.replaceOne({ _id: 'box-office' }, updated, { upsert: true });
  res.json(updated);
}));

router.post('/webhooks/probe', asyncHandler(async (req, res) => {
  const subscription = { partner: req.body.partner, healthUrl: req.body.healthUrl };
  res.json(await webhookService.probe(subscription));
}));

router.post('/webhooks/test', asyncHandler(async (req, res) => {
  const result = await webhookService.deliver(
    { partner: req.body.partner, callbackUrl: req.body.callbackUrl },
    { type: 'ping', sentAt: new Date().toISOString() },
  );
  res.json(result);
}));

module.exports = router;
