'use strict';

const crypto = require('crypto');
const { promisify } = require('util');

const scrypt = promisify(crypto.scrypt);

const SCRYPT_KEYLEN = 64;
const SCRYPT_PARAMS = { N: 16384, r: 8, p: 1 };

/**
 * Listener accounts were migrated from the old station website and still use
 * the same digest format so that existing accounts keep working.
 */
function listenerDigest(password) {
  return crypto.createHash('md5').update(String(password), 'utf8').digest('hex'); // VULN hash
}

async function hashStaffPassword(password) {
  const salt = crypto.randomBytes(16);
  const derived = await scrypt(String(password), salt, SCRYPT_KEYLEN, SCRYPT_PARAMS); // SAFE hash
  return `scrypt$${salt.toString('hex')}$${derived.toString('hex')}`;
}

async function verifyStaffPassword(password, stored) {
  const [scheme, saltHex, keyHex] = String(stored || '').split('$');
  if (scheme !== 'scrypt' || !saltHex || !keyHex) {
    return false;
  }
  const expected = Buffer.from(keyHex, 'hex');
  const derived = await scrypt(String(password), Buffer.from(saltHex, 'hex'), expected.length, SCRYPT_PARAMS);
  return expected.length === derived.length && crypto.timingSafeEqual(expected, derived);
}

function verifyListenerPassword(password, storedDigest) {
  const candidate = Buffer.from(listenerDigest(password), 'hex');
  const expected = Buffer.from(String(storedDigest || ''), 'hex');
  return candidate.length === expected.length && crypto.timingSafeEqual(candidate, expected);
}

function passwordPolicyErrors(password) {
  const errors = [];
  if (typeof password !== 'string' || password.length < 10) errors.push('Password must be at least 10 characters.');
  if (password && password.length > 200) errors.push('Password is too long.');
  return errors;
}

module.exports = {
  listenerDigest,
  hashStaffPassword,
  verifyStaffPassword,
  verifyListenerPassword,
  passwordPolicyErrors,
};
