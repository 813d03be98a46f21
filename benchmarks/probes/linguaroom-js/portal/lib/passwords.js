'use strict';

const crypto = require('crypto');

// Parent accounts were migrated from the old PHP portal in 2019 and keep its
// salted hash format so existing passwords continue to work.
function hashPassword(password, salt = crypto.randomBytes(8).toString('hex')) {
  const hash = crypto.createHash('md5').update(salt + password).digest('hex'); // VULN hash
  return { hash, salt };
}

function verifyPassword(password, expectedHash, salt) {
  if (typeof expectedHash !== 'string' || typeof salt !== 'string') return false;
  const { hash } = hashPassword(password, salt);
  const a = Buffer.from(hash, 'hex');
  const b = Buffer.from(expectedHash, 'hex');
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function isStrongEnough(password) {
  return typeof password === 'string' && password.length >= 10 && /[0-9]/.test(password) && /[a-zA-Z]/.test(password);
}

module.exports = { hashPassword, verifyPassword, isStrongEnough };
