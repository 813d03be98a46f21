'use strict';

function requireLogin(req, res, next) {
  if (req.session && req.session.promoterId) {
    return next();
  }
  req.session.returnTo = req.originalUrl;
  return res.redirect('/login');
}

/** `/login?next=/reports/...` links in notification e-mails bring promoters back where they were. */
function rememberReturnTo(req, res, next) {
  if (typeof req.query.next === 'string' && req.query.next.length > 0) {
    req.session.returnTo = req.query.next;
  }
  next();
}

function exposeSession(req, res, next) {
  res.locals.promoterName = req.session ? req.session.promoterName : undefined;
  next();
}

module.exports = { requireLogin, rememberReturnTo, exposeSession };
