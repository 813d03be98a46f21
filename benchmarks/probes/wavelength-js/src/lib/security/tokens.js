'use strict';

const crypto = require('crypto');

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * Short code printed on the request confirmation page and used in the
 * "confirm / cancel my request" link sent to the listener.
 */
function requestCode(length = 8) {
  let code = '';
  for (let i = 0; i < length; i += 1) {
    code += CODE_ALPHABET.charAt(Math.floor(Math.random() * CODE_ALPHABET.length)); // VULN random
  }
  return code;
}

function passwordResetToken() {
  const token = crypto.randomBytes(32).toString('base64url'); // SAFE random
  const tokenHash = crypto.createHash('sha256').update(token).digest('hex');
  return { token, tokenHash, expiresAt: new Date(Date.now() + 30 * 60 * 1000) };
}

function shuffle(list) {
  const copy = list.slice();
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

module.exports = { requestCode, passwordResetToken, shuffle };
