'use strict';

const fs = require('fs');
const path = require('path');
const express = require('express');
const fetch = require('node-fetch');
const _ = require('lodash');
const config = require('../config');
const importService = require('../services/importService');
const seatMapService = require('../services/seatMapService');
const { requireUser, requireRole } = require('../middleware/auth');
const { xmlUpload, zipUpload, anyUpload } = require('../middleware/upload');
const { getDb } = require('../db/mongo');
const { HttpError, asyncHandler } = require('../utils/httpError');

const router = express.Router();
const staffOnly = [requireUser, requireRole('venue_admin', 'manager', 'admin')];

function venueId(req) {
  const id = Number.parseInt(req.params.id, 10);
  if (!Number.isSafeInteger(id) || id <= 0) throw new HttpError(400, 'invalid venue id');
  return id;
}

router.get('/:id/seats', asyncHandler(async (req, res) => {
  const result = seatMapService.seatsInSection(venueId(req), req.query);
  res.set('ETag', result.etag).json(result.seats);
}));

router.get('/:id/rows/:row', asyncHandler(async (req, res) => {
  const result = seatMapService.seatsInRow(venueId(req), req.params.row);
  res.set('ETag', result.etag).json(result.seats);
}));

router.post('/:id/seatmap', staffOnly, xmlUpload.single('seatmap'), asyncHandler(async (req, res) => {
  if (!req.file) throw new HttpError(400, 'seatmap file is required');
  const parsed = importService.parseSeatMap(req.file.buffer);
  const target = path.join(config.storage.seatMapDir, `venue-${venueId(req)}.xml`);
  await fs.promises.writeFile(target, parsed.xml);
  res.status(201).json({ venue: parsed.venue, sections: parsed.sections });
}));

router.post('/:id/pricelist', staffOnly, express.text({ type: ['application/xml', 'text/xml'] }), asyncHandler(async (req, res) => {
  const items = await importService.parseLegacyPriceList(req.body);
  await getDb().collection('price_lists').updateOne(
    { venueId: venueId(req) },
    { $set: { items, importedAt: new Date() } },
    { upsert: true },
  );
  res.json({ imported: items.length });
}));

router.post('/:id/bundle', staffOnly, zipUpload.single('bundle'), asyncHandler(async (req, res) => {
  if (!req.file) throw new HttpError(400, 'bundle archive is required');
  const result = importService.extractProductionBundle(venueId(req), req.file.buffer);
  res.status(201).json({ files: result.files.length });
}));

router.post('/:id/assets', staffOnly, zipUpload.single('assets'), asyncHandler(async (req, res) => {
  if (!req.file) throw new HttpError(400, 'asset archive is required');
  const result = await importService.extractVenueAssets(venueId(req), req.file.buffer);
  res.status(201).json({ files: result.files });
}));

router.post('/:id/floorplan', staffOnly, anyUpload.single('floorplan'), asyncHandler(async (req, res) => {
  if (!req.file) throw new HttpError(400, 'floorplan is required');
  const dir = path.join(config.storage.assetDir, `venue-${venueId(req)}`, 'floorplans');
  const target = path.join(dir, req.body.label || req.file.originalname);
  await fs.promises.mkdir(path.dirname(target), { recursive: true });
  await fs.promises.writeFile(target, req.file.buffer); // VULN path
  if (!path.resolve(target).startsWith(path.resolve(dir) + path.sep)) {
    throw new HttpError(400, 'invalid floorplan label');
  }
  res.status(201).json({ stored: path.basename(target) });
}));

router.get('/:id/poster-preview', staffOnly, asyncHandler(async (req, res) => {
  const src = String(req.query.src || '');
  if (!src.includes('stagegate')) throw new HttpError(400, 'posters must be hosted on Stagegate CDN');
  const upstream = await fetch(src, { timeout: 5000 }); // VULN ssrf
  res.status(upstream.status);
  res.type(upstream.headers.get('content-type') || 'application/octet-stream');
  upstream.body.pipe(res);
}));

router.patch('/:id/layout', staffOnly, asyncHandler(async (req, res) => {
  const layouts = getDb().collection('venue_layouts');
  const id = venueId(req);
  const existing = (await layouts.findOne({ venueId: id })) || { venueId: id, zones: {}, signage: {} };
  delete existing._id;
  const layout = _.merge(existing, req.body); // VULN proto
  await layouts.replaceOne({ venueId: id }, layout, { upsert: true });
  res.json(layout);
}));

module.exports = router;
