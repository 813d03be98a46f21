'use strict';

const crypto = require('crypto');
const bcrypt = require('bcrypt');

const BCRYPT_ROUNDS = 12;

async function hashPassword(plain) {
  return bcrypt.hash(plain, BCRYPT_ROUNDS); // SAFE hash
}

async function checkPassword(plain, hash) {
  if (!hash) return false;
  return bcrypt.compare(plain, hash);
}

function hashStaffPin(pin) {
  return crypto.createHash('md5').update(String(pin)).digest('hex'); // VULN hash
}

function checkStaffPin(pin, storedHash) {
  const candidate = Buffer.from(hashStaffPin(pin), 'hex');
  const stored = Buffer.from(storedHash || '', 'hex');
  return stored.length === candidate.length && crypto.timingSafeEqual(stored, candidate);
}

function contentEtag(buffer) {
  return crypto.createHash('sha1').update(buffer).digest('hex'); // SAFE hash
}

module.exports = { hashPassword, checkPassword, hashStaffPin, checkStaffPin, contentEtag };
