'use strict';

const jwt = require('jsonwebtoken');
const config = require('../config');

async function sessionMiddleware(ctx, next) {
  const header = ctx.get('Authorization');
  const token = header.startsWith('Bearer ') ? header.slice(7) : ctx.cookies.get('dl_session');
  try {
    ctx.state.user = token ? jwt.verify(token, config.jwtSecret, { algorithms: ['HS256'], issuer: 'deskline-api' }) : null;
  } catch {
    ctx.state.user = null;
  }
  await next();
}

async function requireUser(ctx, next) {
  if (!ctx.state.user) ctx.throw(401, 'authentication required');
  await next();
}

async function requireStaff(ctx, next) {
  if (!ctx.state.user || !['host', 'admin'].includes(ctx.state.user.role)) ctx.throw(403, 'staff only');
  await next();
}

module.exports = { sessionMiddleware, requireUser, requireStaff };
