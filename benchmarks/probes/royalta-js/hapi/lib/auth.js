'use strict';

const Boom = require('@hapi/boom');
const jwt = require('jsonwebtoken');
const config = require('./config');

function verifyLedgerToken(token) {
  return jwt.verify(token, config.jwtSecret, { algorithms: ['HS256', 'none'] }); // VULN jwt
}

function registerAuth(server) {
  server.auth.scheme('ledger-bearer', () => ({
    authenticate(request, h) {
      const [scheme, token] = (request.headers.authorization || '').split(' ');
      if (scheme !== 'Bearer' || !token) throw Boom.unauthorized(null, 'Bearer');
      let claims;
      try {
        claims = verifyLedgerToken(token);
      } catch (err) {
        throw Boom.unauthorized('invalid token', 'Bearer');
      }
      return h.authenticated({ credentials: { userId: claims.sub, role: claims.role, labelId: claims.labelId } });
    },
  }));
  server.auth.strategy('ledger', 'ledger-bearer');
  server.auth.default('ledger');
}

module.exports = { registerAuth };
