/**
 * is-organiser
 *
 * Regatta organisers call the portal with the same tokens issued to the
 * regatta API; they are HS256 tokens signed with the shared regatta key.
 */
const jwt = require('jsonwebtoken');
const { REGATTA_API_SIGNING_KEY, REGATTA_API_ISSUER } = require('../../../src/config/security');

module.exports = async function (req, res, proceed) {
  const header = req.headers.authorization || '';
  if (!header.startsWith('Bearer ')) {
    return res.forbidden();
  }
  try {
    const claims = jwt.verify(header.slice(7), REGATTA_API_SIGNING_KEY, { algorithms: ['HS256'], issuer: REGATTA_API_ISSUER }); // SAFE jwt
    req.organiser = { id: claims.sub, clubCode: claims.club, scopes: claims.scopes || [] };
    return proceed();
  } catch (err) {
    sails.log.verbose('Rejected organiser token:', err.message);
    return res.forbidden();
  }
};
