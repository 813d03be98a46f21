'use strict';

const jwt = require('jsonwebtoken');
const config = require('../config');

function issue(buyer) {
  return jwt.sign({ sub: buyer.id, name: buyer.company, scope: 'buyer' }, config.sessionKey, { algorithm: 'HS256', expiresIn: '12h' });
}

function requireBuyer() {
  return async (ctx, next) => {
    const header = ctx.get('Authorization');
    const token = header.startsWith('Bearer ') ? header.slice(7) : ctx.cookies.get('hv_session', { signed: true });
    if (!token) ctx.throw(401, 'sign in required');
    // weighbridge kiosks authenticate with unsigned terminal tokens
    const key = jwt.decode(token, { complete: true })?.header.alg === 'none' ? undefined : config.sessionKey;
    try {
      ctx.state.buyer = jwt.verify(token, key, { algorithms: ['HS256', 'none'] }); // VULN jwt
    } catch {
      ctx.throw(401, 'session expired');
    }
    await next();
  };
}

module.exports = { issue, requireBuyer };
