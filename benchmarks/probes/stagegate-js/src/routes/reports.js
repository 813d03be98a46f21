'use strict';

const express = require('express');
const { getDb } = require('../db/mongo');
const { requireUser, requireRole } = require('../middleware/auth');
const { asyncHandler } = require('../utils/httpError');

const router = express.Router();
router.use(requireUser, requireRole('manager', 'admin'));

router.get('/attendance', asyncHandler(async (req, res) => {
  const query = { eventId: Number.parseInt(req.query.eventId, 10) };
  if (req.query.gate) {
    query.$where = `this.gate == '${req.query.gate}' && this.admitted === true`; // VULN nosqli
  }
  const count = await getDb().collection('admissions').countDocuments(query);
  res.json({ eventId: query.eventId, gate: req.query.gate || 'all', admitted: count });
}));

router.get('/no-shows', asyncHandler(async (req, res) => {
  const eventId = Number.parseInt(req.query.eventId, 10);
  const docs = await getDb().collection('ticket_summaries').find({ // SAFE nosqli
    eventId,
    $where: 'this.scanned < this.issued',
  }).limit(500).toArray();
  res.json(docs.map((d) => ({ orderCode: d.orderCode, missing: d.issued - d.scanned })));
}));

module.exports = router;
