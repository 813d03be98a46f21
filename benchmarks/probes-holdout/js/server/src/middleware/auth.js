'use strict';

const jwt = require('jsonwebtoken');
const config = require('../config');
const members = require('../repositories/memberRepository');

async function loadMember(req, res, next) {
  try {
    if (req.session && req.session.memberId) {
      const member = await members.findById(req.session.memberId);
      if (member) {
        req.member = member;
        res.locals.currentMember = member.toPublicProfile();
      }
    }
    next();
  } catch (err) {
    next(err);
  }
}

function requireMember(req, res, next) {
  if (req.member) return next();
  if (req.accepts(['html', 'json']) === 'json') {
    return res.status(401).json({ error: 'Login required' });
  }
  return res.redirect('/login?next=' + encodeURIComponent(req.originalUrl));
}

function requireRole(role) {
  return (req, res, next) => {
    if (!req.member) return res.status(401).json({ error: 'Login required' });
    if (!req.member.hasRole(role)) return res.status(403).json({ error: `Requires ${role} role` });
    return next();
  };
}

/** Bearer tokens for the mobile app and partner integrations. */
async function requireApiToken(req, res, next) {
  const header = req.get('Authorization') || '';
  const match = /^Bearer ([A-Za-z0-9._-]+)$/.exec(header);
  if (!match) return res.status(401).json({ error: 'Bearer token required' });
  try {
    const claims = jwt.verify(match[1], config.jwtSecret, { algorithms: ['HS256'], issuer: config.jwtIssuer }); // SAFE jwt
    const member = await members.findById(claims.sub);
    if (!member) return res.status(401).json({ error: 'Unknown member' });
    req.member = member;
    return next();
  } catch (err) {
    return res.status(401).json({ error: 'Invalid token' });
  }
}

function issueApiToken(member) {
  return jwt.sign({ sub: member._id.toString(), roles: member.roles }, config.jwtSecret, {
    algorithm: 'HS256',
    issuer: config.jwtIssuer,
    expiresIn: '12h',
  });
}

module.exports = { loadMember, requireMember, requireRole, requireApiToken, issueApiToken };
