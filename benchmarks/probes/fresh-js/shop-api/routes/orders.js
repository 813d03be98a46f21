'use strict';

const path = require('path');
const express = require('express');
const escapeHtml = require('escape-html');
const orderService = require('../services/orderService');

const router = express.Router();

const INVOICE_DIR = '/var/lib/shop/invoices';
const RECEIPT_DIR = '/var/lib/shop/receipts';
const CARRIER_TRACKING_HOSTS = new Set(['www.dhl.example.com', 'www.ups.example.com', 'jouw.postnl.example.nl']);
const PREFERENCE_SECTIONS = new Set(['notifications', 'display']);
const PREFERENCE_FIELDS = new Set(['email', 'sms', 'push', 'theme', 'language', 'currency']);

const preferenceStore = new Map();

function preferencesFor(userId) {
  if (!preferenceStore.has(userId)) {
    preferenceStore.set(userId, { notifications: {}, display: {} });
  }
  return preferenceStore.get(userId);
}

router.put('/preferences/:section', (req, res) => {
  const prefs = preferencesFor(req.user.sub);
  const { field, value } = req.body;
  prefs[req.params.section][field] = value; // VULN prototype-pollution
  res.json(prefs);
});

router.patch('/preferences', (req, res) => {
  const prefs = preferencesFor(req.user.sub);
  const { section, field, value } = req.body;
  if (!PREFERENCE_SECTIONS.has(section) || !PREFERENCE_FIELDS.has(field)) {
    return res.status(400).json({ error: 'unknown preference' });
  }
  prefs[section][field] = String(value); // SAFE prototype-pollution
  return res.json(prefs);
});

router.get('/', async (req, res, next) => {
  try {
    const orders = await orderService.listOrders({
      status: String(req.query.status || 'open'),
      sort: req.query.sort,
      direction: req.query.dir,
    });
    res.json({ orders });
  } catch (err) {
    next(err);
  }
});

router.get('/search', async (req, res, next) => {
  try {
    const term = String(req.query.q || '').trim();
    const results = await orderService.searchOrders(term);
    res.json({ results });
  } catch (err) {
    next(err);
  }
});

router.get('/by-reference/:reference', async (req, res, next) => {
  try {
    const order = await orderService.findByReference(req.params.reference);
    if (!order) {
      return res.status(404).json({ error: 'not found' });
    }
    return res.json(order);
  } catch (err) {
    return next(err);
  }
});

router.post('/import', async (req, res, next) => {
  try {
    const orders = await orderService.importFeed(req.body.feedUrl);
    res.status(202).json({ queued: orders.length });
  } catch (err) {
    next(err);
  }
});

router.get('/:id/invoice', (req, res) => {
  const file = req.query.file || `invoice-${req.params.id}.pdf`;
  res.sendFile(path.join(INVOICE_DIR, file)); // VULN path-traversal
});

router.get('/:id/receipt', (req, res) => {
  const name = path.basename(String(req.query.name || `receipt-${req.params.id}.pdf`));
  res.sendFile(path.join(RECEIPT_DIR, name)); // SAFE path-traversal
});

router.post('/:id/label', async (req, res, next) => {
  try {
    const { carrier, format = 'pdf' } = req.body;
    const label = await orderService.renderShippingLabel(req.params.id, carrier, format);
    res.status(201).json(label);
  } catch (err) {
    next(err);
  }
});

router.post('/:id/archive', async (req, res, next) => {
  try {
    const id = await orderService.archiveOrder(req.params.id);
    res.status(202).json({ archived: id });
  } catch (err) {
    next(err);
  }
});

router.post('/:id/rates', async (req, res, next) => {
  try {
    const parcel = { orderId: req.params.id, weightGrams: Number(req.body.weight) || 0, country: String(req.body.country || 'NL') };
    const rates = await orderService.fetchCarrierRates(req.body.carrier, parcel);
    res.json(rates);
  } catch (err) {
    next(err);
  }
});

router.post('/:id/notes', (req, res) => {
  const note = req.body.note || '';
  res.send(`<div class="note"><strong>Note added to order ${req.params.id}:</strong> ${note}</div>`); // VULN xss
});

router.post('/:id/notes/preview', (req, res) => {
  const note = String(req.body.note || '');
  res.send(`<div class="note-preview">${escapeHtml(note)}</div>`); // SAFE xss
});

router.get('/:id/track', (req, res) => {
  let target;
  try {
    target = new URL(String(req.query.url));
  } catch (err) {
    return res.status(400).json({ error: 'invalid tracking url' });
  }
  if (target.protocol !== 'https:' || !CARRIER_TRACKING_HOSTS.has(target.hostname)) {
    return res.status(400).json({ error: 'unknown carrier' });
  }
  return res.redirect(target.href); // SAFE open-redirect
});

module.exports = router;
