'use strict';

const fs = require('fs');
const path = require('path');
const express = require('express');
const config = require('../config');
const ticketService = require('../services/ticketService');
const { requireUser, requireRole, kioskSession } = require('../middleware/auth');
const { resolveInside } = require('../utils/paths');
const { asyncHandler } = require('../utils/httpError');
const { getDb } = require('../db/mongo');

const router = express.Router();

router.get('/:orderCode/files/:file', requireUser, (req, res) => {
  const file = path.join(config.storage.ticketDir, req.params.orderCode, req.params.file);
  const stream = fs.createReadStream(file); // VULN path
  stream.on('error', () => res.status(404).json({ error: 'ticket file not found' }));
  res.type(path.extname(file) || 'application/octet-stream');
  stream.pipe(res);
});

router.get('/exports/:name', requireUser, requireRole('manager', 'admin'), (req, res) => {
  res.download(resolveInside(config.storage.exportDir, req.params.name)); // SAFE path
});

router.post('/:ticketId/render', requireUser, asyncHandler(async (req, res) => {
  const job = ticketService.buildRenderJob(req.params.ticketId, {
    pageSize: req.body.pageSize,
    orientation: req.body.orientation,
  });
  const output = await ticketService.renderPdf(job);
  res.json({ rendered: path.basename(output) });
}));

router.post('/:ticketId/print', requireUser, requireRole('box_office', 'manager'), asyncHandler(async (req, res) => {
  const result = await ticketService.printTicket(req.params.ticketId, req.body.printer);
  res.json(result);
}));

router.post('/scan', kioskSession, asyncHandler(async (req, res) => {
  const barcode = String(req.body.barcode || '');
  if (!/^[A-Z0-9]{12,24}$/.test(barcode)) return res.status(400).json({ error: 'unreadable barcode' });
  const scans = getDb().collection('scans');
  const previous = await scans.findOne({ barcode: { $eq: barcode } });
  if (previous) return res.status(409).json({ error: 'already admitted', at: previous.scannedAt });
  await scans.insertOne({
    barcode,
    venueId: req.kiosk.venueId,
    deviceId: req.kiosk.deviceId,
    gate: req.body.gate ? String(req.body.gate) : 'main',
    scannedAt: new Date(),
  });
  return res.json({ admitted: true });
}));

module.exports = router;
