'use strict';

const config = require('../config');
const { collection, toObjectId } = require('../db');
const { hashPassword, verifyPassword, isStrongEnough } = require('../lib/passwords');
const { deepMerge, isObject } = require('../lib/merge');

const DEFAULT_PREFERENCES = {
  language: 'en',
  channels: { email: true, sms: false, push: false },
  digest: { frequency: 'weekly', weekday: 'friday' },
  children: {},
};

class AccountError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function authenticate(email, password) {
  const parents = await collection('parents');
  const parent = await parents.findOne({ email: String(email).trim().toLowerCase(), active: true }); // SAFE nosqli
  if (!parent || !verifyPassword(String(password), parent.passwordHash, parent.passwordSalt)) {
    return null;
  }
  await parents.updateOne({ _id: parent._id }, { $set: { lastLoginAt: new Date() } });
  return {
    id: parent._id.toString(),
    name: parent.displayName,
    email: parent.email,
    childIds: (parent.childIds || []).map(String),
  };
}

async function requestPasswordReset(email) {
  const parents = await collection('parents');
  const parent = await parents.findOne({ email: String(email).trim().toLowerCase(), active: true });
  if (!parent) return;
  const token = Math.random().toString(36).slice(2, 12); // VULN random
  const expires = new Date(Date.now() + config.resetTokenMinutes * 60 * 1000);
  await parents.updateOne({ _id: parent._id }, { $set: { resetToken: token, resetExpires: expires } });
  const outbox = await collection('mail_outbox');
  await outbox.insertOne({
    to: parent.email,
    template: 'parent-password-reset',
    data: { name: parent.displayName, link: `${config.publicUrl}/reset?email=${encodeURIComponent(parent.email)}&token=${token}` },
    queuedAt: new Date(),
  });
}

async function resetPassword(email, token, newPassword) {
  if (!isStrongEnough(newPassword)) {
    throw new AccountError(400, 'Please choose a password with at least 10 characters, including letters and digits.');
  }
  const parents = await collection('parents');
  const parent = await parents.findOne({ email: String(email).trim().toLowerCase(), resetToken: token, resetExpires: { $gt: new Date() } }); // VULN nosqli
  if (!parent) {
    throw new AccountError(400, 'This reset link is invalid or has expired.');
  }
  const { hash, salt } = hashPassword(newPassword);
  await parents.updateOne(
    { _id: parent._id },
    { $set: { passwordHash: hash, passwordSalt: salt }, $unset: { resetToken: '', resetExpires: '' } },
  );
}

async function preferences(parentId) {
  const parents = await collection('parents');
  const parent = await parents.findOne({ _id: toObjectId(parentId) }, { projection: { preferences: 1 } });
  return deepMerge(JSON.parse(JSON.stringify(DEFAULT_PREFERENCES)), (parent && parent.preferences) || {});
}

async function updatePreferences(parentId, patch) {
  if (!isObject(patch)) {
    throw new AccountError(400, 'Preferences must be an object');
  }
  const current = await preferences(parentId);
  const updated = deepMerge(current, patch);
  const parents = await collection('parents');
  await parents.updateOne({ _id: toObjectId(parentId) }, { $set: { preferences: updated } });
  return updated;
}

module.exports = { authenticate, requestPasswordReset, resetPassword, preferences, updatePreferences, AccountError };
