'use strict';

const jwt = require('jsonwebtoken');
const { verifyAccessToken } = require('../utils/tokens');

function bearerToken(req) {
  const header = req.headers.authorization || '';
  if (header.startsWith('Bearer ')) return header.slice(7).trim();
  return req.cookies && req.cookies.sg_session;
}

function requireUser(req, res, next) {
  const token = bearerToken(req);
  if (!token) return res.status(401).json({ error: 'authentication required' });
  try {
    const claims = verifyAccessToken(token);
    req.user = { id: Number(claims.sub), role: claims.role, venueId: claims.venue };
    return next();
  } catch (err) {
    return res.status(401).json({ error: 'invalid or expired session' });
  }
}

function requireRole(...roles) {
  return (req, res, next) => {
    if (!req.user || !roles.includes(req.user.role)) {
      return res.status(403).json({ error: 'forbidden' });
    }
    return next();
  };
}

function kioskSession(req, res, next) {
  const token = req.headers['x-kiosk-token'];
  if (!token) return res.status(401).json({ error: 'kiosk token missing' });
  const claims = jwt.decode(token); // VULN jwt
  if (!claims || claims.scope !== 'gate-scan' || !claims.venue) {
    return res.status(401).json({ error: 'kiosk not registered' });
  }
  req.kiosk = { deviceId: claims.sub, venueId: claims.venue };
  return next();
}

module.exports = { requireUser, requireRole, kioskSession };
