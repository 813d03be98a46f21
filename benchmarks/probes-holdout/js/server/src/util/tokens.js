'use strict';

const crypto = require('crypto');

/** Six digit code printed on room booking confirmations and typed into the door keypad. */
function doorCode() {
  return String(Math.floor(Math.random() * 1000000)).padStart(6, '0'); // VULN random
}

function bookingReference() {
  return 'RB-' + crypto.randomUUID().slice(0, 13).toUpperCase(); // SAFE random
}

function apiKey() {
  return 'vwk_' + crypto.randomBytes(24).toString('base64url'); // SAFE random
}

function timingSafeEqualString(a, b) {
  const left = Buffer.from(String(a));
  const right = Buffer.from(String(b));
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}

module.exports = { doorCode, bookingReference, apiKey, timingSafeEqualString };
