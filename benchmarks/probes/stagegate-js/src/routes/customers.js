'use strict';

const express = require('express');
const customerRepository = require('../repositories/customerRepository');
const { requireUser, requireRole } = require('../middleware/auth');
const { deepMerge } = require('../utils/merge');
const { HttpError, asyncHandler } = require('../utils/httpError');

const router = express.Router();

const DEFAULT_PREFERENCES = {
  notifications: { email: true, sms: false, presale: true },
  seating: { aisle: false, accessible: false },
  locale: 'en-US',
};

router.post('/lookup', requireUser, requireRole('box_office', 'manager'), asyncHandler(async (req, res) => {
  const customer = await customerRepository.findByEmail(req.body.email);
  if (!customer) throw new HttpError(404, 'no customer with that email');
  res.json(customer);
}));

router.get('/loyalty/:number', requireUser, requireRole('box_office', 'manager'), asyncHandler(async (req, res) => {
  const customer = await customerRepository.findByLoyaltyNumber(req.params.number);
  if (!customer) throw new HttpError(404, 'unknown loyalty number');
  res.json({ id: customer._id, firstName: customer.firstName, points: customer.loyaltyPoints });
}));

router.patch('/me/preferences', requireUser, asyncHandler(async (req, res) => {
  const current = await customerRepository.findById(req.user.id);
  const base = JSON.parse(JSON.stringify((current && current.preferences) || DEFAULT_PREFERENCES));
  const merged = deepMerge(base, req.body.preferences || {});
  await customerRepository.updatePreferences(req.user.id, merged);
  res.json(merged);
}));

module.exports = router;
