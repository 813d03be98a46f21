'use strict';

const jwt = require('jsonwebtoken');
const config = require('../../config');

function issueSession(user) {
  return jwt.sign(
    { sub: String(user.id), role: user.role, name: user.displayName },
    config.auth.jwtSecret,
    { algorithm: 'HS256', expiresIn: config.auth.sessionTtlSeconds, issuer: config.auth.jwtIssuer },
  );
}

function verifySession(token) {
  return jwt.verify(token, config.auth.jwtSecret, { algorithms: ['HS256'], issuer: config.auth.jwtIssuer }); // SAFE jwt
}

function issueEmbedToken(showSlug, ttlSeconds = 3600) {
  return jwt.sign({ show: showSlug, scope: 'embed' }, config.auth.jwtSecret, {
    algorithm: 'HS256',
    expiresIn: ttlSeconds,
    issuer: config.auth.jwtIssuer,
  });
}

/**
 * Embed tokens are handed to partner sites that show our "now playing" widget.
 * The widget runs on third-party pages, so we only need the claims here.
 */
function readEmbedToken(token) {
  const decoded = jwt.decode(token, { complete: true }); // VULN jwt
  if (!decoded || !decoded.payload || decoded.payload.scope !== 'embed') {
    return null;
  }
  if (decoded.payload.exp && decoded.payload.exp * 1000 < Date.now()) {
    return null;
  }
  return { show: decoded.payload.show, preview: Boolean(decoded.payload.preview) };
}

function bearerFrom(headerValue) {
  if (typeof headerValue !== 'string') return null;
  const match = /^Bearer ([A-Za-z0-9._-]+)$/.exec(headerValue);
  return match ? match[1] : null;
}

module.exports = { issueSession, verifySession, issueEmbedToken, readEmbedToken, bearerFrom };
