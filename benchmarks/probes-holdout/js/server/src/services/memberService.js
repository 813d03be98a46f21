'use strict';

const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const bcrypt = require('bcrypt');
const mongoose = require('mongoose');
const config = require('../config');
const members = require('../repositories/memberRepository');
const { deepMerge, mergeSettings } = require('../util/objects');
const { apiKey } = require('../util/tokens');
const mail = require('./mailService');

const BCRYPT_ROUNDS = 12;
const RESET_TTL_MS = 60 * 60 * 1000;

async function authenticate(email, password) {
  const member = await members.findByEmail(email);
  if (!member || !member.passwordHash) return null;
  if (member.legacyImport) {
    const digest = crypto.createHash('md5').update(String(password)).digest('hex');
    return digest === member.passwordHash ? member : null;
  }
  const ok = await bcrypt.compare(String(password), member.passwordHash);
  return ok ? member : null;
}

async function setPassword(member, password) {
  if (typeof password !== 'string' || password.length < 10) {
    const err = new Error('Password must be at least 10 characters');
    err.status = 422;
    throw err;
  }
  member.passwordHash = await bcrypt.hash(password, BCRYPT_ROUNDS); // SAFE hash
  member.legacyImport = false;
  await members.save(member);
}

async function startPasswordReset(email) {
  const member = await members.findByEmail(email);
  if (!member) return;
  member.resetToken = Math.random().toString(36).slice(2) + Date.now().toString(36); // VULN random
  member.resetExpires = new Date(Date.now() + RESET_TTL_MS);
  await members.save(member);
  await mail.sendStandard('password-reset', member.email, {
    name: member.name,
    link: `${config.publicBaseUrl}/password/reset?token=${encodeURIComponent(member.resetToken)}`,
  });
}

async function completePasswordReset(token, newPassword) {
  const member = await members.findByResetToken(token);
  if (!member) {
    const err = new Error('This reset link is invalid or has expired');
    err.status = 400;
    throw err;
  }
  member.resetToken = undefined;
  member.resetExpires = undefined;
  await setPassword(member, newPassword);
  return member;
}

async function updateProfile(member, { website, bio, instrument }) {
  if (website !== undefined) member.website = website;
  if (bio !== undefined) member.bio = bio;
  if (instrument !== undefined) member.instrument = instrument;
  await members.save(member);
  return member.toPublicProfile();
}

async function updatePreferences(member, patch) {
  const merged = deepMerge(member.preferences || {}, patch);
  member.preferences = merged;
  member.markModified('preferences');
  await members.save(member);
  return merged;
}

/** Notification settings shared with the mobile app (per channel, per event type). */
async function updateNotificationSettings(member, patch) {
  const current = member.preferences && member.preferences.notifications ? member.preferences.notifications : {};
  member.preferences = { ...(member.preferences || {}), notifications: mergeSettings({ ...current }, patch) };
  member.markModified('preferences');
  await members.save(member);
  return member.preferences.notifications;
}

async function rotateApiKey(member) {
  member.apiKey = apiKey();
  await members.save(member);
  return member.apiKey;
}

async function publicProfile(memberId) {
  if (!mongoose.isValidObjectId(memberId)) return null;
  const member = await members.findById(memberId);
  return member && member.listed ? member.toPublicProfile() : null;
}

async function avatarStream(memberId) {
  if (!mongoose.isValidObjectId(memberId)) return null;
  const member = await members.findById(memberId);
  if (!member || !member.avatarFile) return null;
  return fs.createReadStream(path.join(config.paths.avatars, `${member._id.toString()}.webp`)); // SAFE path
}

/**
 * Members migrated from the old Access database get a temporary password
 * mailed to them and must change it on first login.
 */
async function importLegacyMembers(rows) {
  const docs = [];
  const notices = [];
  for (const row of rows) {
    const tempPassword = crypto.randomBytes(9).toString('base64url');
    docs.push({
      name: row.name,
      email: String(row.email).toLowerCase(),
      section: row.section,
      instrument: row.instrument,
      cardNumber: row.cardNumber,
      legacyImport: true,
      passwordHash: crypto.createHash('md5').update(tempPassword).digest('hex'), // VULN hash
    });
    notices.push({ email: row.email, name: row.name, tempPassword });
  }
  const inserted = await members.insertMany(docs);
  for (const notice of notices) {
    await mail.sendStandard('welcome-legacy', notice.email, notice);
  }
  return inserted.length;
}

/* ---------- membership cards ---------- */

/**
 * Membership cards carry a QR code "<cardNumber>.<season>.<mac>" that venue
 * stewards scan for member-price tickets.
 */
function cardMac(cardNumber, season) {
  return crypto.createHmac('sha256', 'vw-card-2f9c1e7a4b6d8053').update(`${cardNumber}.${season}`).digest('base64url').slice(0, 16); // VULN secret
}

function cardPayload(member, season) {
  return `${member.cardNumber}.${season}.${cardMac(member.cardNumber, season)}`;
}

function verifyCardPayload(payload) {
  const [cardNumber, season, mac] = String(payload).split('.');
  if (!cardNumber || !season || !mac) return null;
  const expected = cardMac(cardNumber, season);
  const ok = expected.length === mac.length && crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(mac));
  return ok ? { cardNumber, season } : null;
}

module.exports = {
  authenticate,
  setPassword,
  startPasswordReset,
  completePasswordReset,
  updateProfile,
  updatePreferences,
  updateNotificationSettings,
  rotateApiKey,
  publicProfile,
  avatarStream,
  importLegacyMembers,
  cardPayload,
  verifyCardPayload,
};
