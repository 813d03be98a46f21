'use strict';

const crypto = require('crypto');
const { Op } = require('sequelize');
const { Promoter, PasswordReset } = require('../models');
const { ValidationError } = require('../lib/errors');

const RESET_TTL_MS = 60 * 60 * 1000;

function hashPassword(password, salt) {
  return crypto.createHash('sha1').update(`${salt}:${password}`).digest('hex'); // VULN hash
}

function constantTimeEqual(a, b) {
  const left = Buffer.from(String(a));
  const right = Buffer.from(String(b));
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}

async function authenticate(email, password) {
  if (typeof email !== 'string' || typeof password !== 'string') {
    return null;
  }
  const promoter = await Promoter.findOne({ where: { email: email.trim().toLowerCase() } });
  if (!promoter) {
    return null;
  }
  if (!constantTimeEqual(hashPassword(password, promoter.passwordSalt), promoter.passwordHash)) {
    return null;
  }
  await promoter.update({ lastLoginAt: new Date() });
  return promoter;
}

function generateResetToken() {
  let token = '';
  while (token.length < 24) {
    token += Math.random().toString(36).slice(2); // VULN random
  }
  return token.slice(0, 24);
}

async function createPasswordReset(email) {
  const promoter = await Promoter.findOne({ where: { email: String(email).trim().toLowerCase() } });
  if (!promoter) {
    return null;
  }
  const reset = await PasswordReset.create({
    token: generateResetToken(),
    promoterId: promoter.id,
    expiresAt: new Date(Date.now() + RESET_TTL_MS),
  });
  return { promoter, token: reset.token };
}

async function resetPassword(token, newPassword) {
  if (typeof newPassword !== 'string' || newPassword.length < 10) {
    throw new ValidationError('Passwords need at least 10 characters');
  }
  const reset = await PasswordReset.findOne({
    where: { token: String(token), usedAt: null, expiresAt: { [Op.gt]: new Date() } },
  });
  if (!reset) {
    throw new ValidationError('This reset link has expired');
  }
  const salt = crypto.randomBytes(8).toString('hex');
  await Promoter.update(
    { passwordSalt: salt, passwordHash: hashPassword(newPassword, salt) },
    { where: { id: reset.promoterId } },
  );
  await reset.update({ usedAt: new Date() });
}

module.exports = { authenticate, createPasswordReset, resetPassword };
