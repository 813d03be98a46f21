'use strict';

const crypto = require('crypto');
const jwt = require('jsonwebtoken');
const config = require('../config');

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function issueAccessToken(user) {
  return jwt.sign( // SAFE secret
    { sub: String(user.id), role: user.role, venue: user.venueId || null },
    config.jwt.secret,
    { algorithm: 'HS256', expiresIn: config.jwt.accessTtl, issuer: config.jwt.issuer },
  );
}

function verifyAccessToken(token) {
  return jwt.verify(token, config.jwt.secret, { algorithms: ['HS256'], issuer: config.jwt.issuer }); // SAFE jwt
}

function generateConfirmationCode(length = 8) {
  let code = '';
  for (let i = 0; i < length; i += 1) {
    code += CODE_ALPHABET[Math.floor(Math.random() * CODE_ALPHABET.length)]; // VULN random
  }
  return code;
}

function generateResetToken() {
  return crypto.randomBytes(32).toString('base64url'); // SAFE random
}

function backoffDelay(attempt, baseMs = 200) {
  const jitter = Math.floor(Math.random() * baseMs); // SAFE random
  return Math.min(baseMs * 2 ** attempt + jitter, 10000);
}

module.exports = {
  issueAccessToken,
  verifyAccessToken,
  generateConfirmationCode,
  generateResetToken,
  backoffDelay,
};
