'use strict';

const crypto = require('crypto');
const express = require('express');
const config = require('../config');
const customerRepository = require('../repositories/customerRepository');
const ldapDirectory = require('../services/ldapDirectory');
const { StaffMember } = require('../db/sequelize');
const { hashPassword, checkPassword, hashStaffPin } = require('../utils/passwords');
const { issueAccessToken, generateResetToken } = require('../utils/tokens');
const { safeLocalPath } = require('../utils/redirects');
const { requireUser, requireRole } = require('../middleware/auth');
const { HttpError, asyncHandler } = require('../utils/httpError');

const router = express.Router();

const SESSION_COOKIE = { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 2 * 3600 * 1000 };

router.post('/register', asyncHandler(async (req, res) => {
  const { email, password, firstName, lastName } = req.body;
  if (typeof email !== 'string' || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw new HttpError(400, 'invalid email');
  if (typeof password !== 'string' || password.length < 10) throw new HttpError(400, 'password too short');
  const existing = await customerRepository.findForLogin(email);
  if (existing) throw new HttpError(409, 'account already exists');
  const customer = await customerRepository.insert({
    email: email.toLowerCase(),
    firstName: String(firstName || ''),
    lastName: String(lastName || ''),
    passwordHash: await hashPassword(password),
    role: 'customer',
  });
  res.status(201).json({ id: customer._id });
}));

router.post('/login', asyncHandler(async (req, res) => {
  const customer = await customerRepository.findForLogin(req.body.email || '');
  const ok = customer && await checkPassword(String(req.body.password || ''), customer.passwordHash);
  if (!ok) throw new HttpError(401, 'invalid credentials');
  const token = issueAccessToken({ id: customer._id, role: customer.role });
  res.cookie('sg_session', token, SESSION_COOKIE);
  res.json({ token });
}));

router.get('/continue', requireUser, (req, res) => {
  const target = req.query.returnTo || '/account';
  if (!target.startsWith('/') && !target.startsWith(config.publicBaseUrl)) {
    return res.redirect('/account');
  }
  return res.redirect(target); // VULN redirect
});

router.get('/logout', (req, res) => {
  res.clearCookie('sg_session');
  res.redirect(safeLocalPath(req.query.next, '/')); // SAFE redirect
});

router.post('/password-reset', asyncHandler(async (req, res) => {
  const customer = await customerRepository.findForLogin(String(req.body.email || ''));
  if (customer) {
    const token = generateResetToken();
    const tokenHash = crypto.createHash('sha256').update(token).digest('hex');
    await customerRepository.setResetToken(customer._id, tokenHash, new Date(Date.now() + 30 * 60 * 1000));
    // mailer picks the token up from the outbox
  }
  res.status(202).json({ status: 'if the account exists, a reset link has been sent' });
}));

router.post('/staff/login', asyncHandler(async (req, res) => {
  const { username, password } = req.body;
  if (!username || !password) throw new HttpError(400, 'username and password are required');
  const entry = await ldapDirectory.authenticateStaff({ username, password });
  if (!entry) throw new HttpError(401, 'invalid credentials');
  const staff = await StaffMember.findOne({ where: { username: String(username) } });
  const token = issueAccessToken({ id: staff ? staff.id : 0, role: 'box_office', venueId: staff && staff.venueId });
  res.cookie('sg_session', token, SESSION_COOKIE);
  res.json({ token, name: entry.cn });
}));

router.get('/staff/lookup', requireUser, requireRole('manager', 'admin'), asyncHandler(async (req, res) => {
  const entry = await ldapDirectory.findStaffByEmail(String(req.query.email || ''));
  if (!entry) throw new HttpError(404, 'no staff member with that email');
  res.json(entry);
}));

router.post('/staff/pin', requireUser, requireRole('box_office', 'manager'), asyncHandler(async (req, res) => {
  const pin = String(req.body.pin || '');
  if (!/^\d{4,8}$/.test(pin)) throw new HttpError(400, 'PIN must be 4-8 digits');
  await StaffMember.update({ pinHash: hashStaffPin(pin) }, { where: { id: req.user.id } });
  res.status(204).end();
}));

module.exports = router;
