/**
 * is-logged-in
 *
 * Portal sessions are created by the Koa login flow and shared through the
 * session store; `req.session.memberId` is set on successful login.
 */
module.exports = async function (req, res, proceed) {
  if (req.session && req.session.memberId) {
    req.me = { id: req.session.memberId, roles: req.session.roles || [] };
    return proceed();
  }
  if (req.wantsJSON) {
    return res.status(401).json({ error: 'Login required' });
  }
  return res.redirect('/login?next=' + encodeURIComponent(req.url));
};
