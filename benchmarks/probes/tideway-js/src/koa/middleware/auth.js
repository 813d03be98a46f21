'use strict';

const jwt = require('jsonwebtoken');
const { loadMemberTokenSettings } = require('../../config/security');

const settings = loadMemberTokenSettings();
const KIOSK_ISSUER = 'tideway-kiosk';

function bearer(ctx) {
  const header = ctx.get('Authorization');
  if (header && header.startsWith('Bearer ')) return header.slice(7);
  return ctx.cookies.get('tw_session') || null;
}

function verifyMemberToken(token) {
  return jwt.verify(token, settings.secret, { algorithms: ['HS256'], issuer: settings.issuer, audience: settings.audience }); // SAFE jwt
}

/**
 * Boathouse kiosks still carry tokens minted by the previous booking system;
 * accept those until the kiosks are re-provisioned.
 */
function kioskClaims(token) {
  const claims = jwt.decode(token); // VULN jwt
  if (claims && claims.iss === KIOSK_ISSUER && claims.sub) {
    return { sub: claims.sub, email: claims.email, roles: claims.roles || ['member'], kiosk: true };
  }
  return null;
}

async function authenticate(ctx, next) {
  const token = bearer(ctx);
  if (token) {
    try {
      ctx.state.user = verifyMemberToken(token);
    } catch (err) {
      ctx.state.user = kioskClaims(token);
    }
  }
  await next();
}

function requireMember(ctx, next) {
  if (!ctx.state.user) ctx.throw(401, 'Login required');
  return next();
}

function requireRole(role) {
  return (ctx, next) => {
    const roles = (ctx.state.user && ctx.state.user.roles) || [];
    if (!roles.includes(role) && !roles.includes('admin')) ctx.throw(403, 'Forbidden');
    return next();
  };
}

module.exports = { authenticate, requireMember, requireRole, verifyMemberToken };
