'use strict';

const Boom = require('@hapi/boom');
const config = require('../config');
const { verifySession } = require('../lib/security/jwt');

function currentUser(request) {
  const token = request.state[config.auth.cookieName];
  if (!token) {
    return null;
  }
  try {
    const claims = verifySession(token);
    return { id: Number(claims.sub), role: claims.role, name: claims.name };
  } catch (err) {
    return null;
  }
}

function requireRole(request, ...roles) {
  const user = currentUser(request);
  if (!user) {
    throw Boom.unauthorized('Please sign in');
  }
  if (roles.length && !roles.includes(user.role)) {
    throw Boom.forbidden('Staff only');
  }
  return user;
}

const sessionCookieOptions = {
  ttl: config.auth.sessionTtlSeconds * 1000,
  isSecure: config.env !== 'development',
  isHttpOnly: true,
  isSameSite: 'None',
  path: '/',
  encoding: 'none',
  strictHeader: true,
};

module.exports = { currentUser, requireRole, sessionCookieOptions };
