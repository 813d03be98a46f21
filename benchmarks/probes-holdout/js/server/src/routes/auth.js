'use strict';

const express = require('express');
const { asyncHandler } = require('../util/http');
const memberService = require('../services/memberService');
const { issueApiToken } = require('../middleware/auth');
const { isLocalPath, sameOriginPath } = require('../util/http');

const router = express.Router();

router.get('/login', (req, res) => {
  const next = req.query.next;
  if (isLocalPath(next)) req.session.returnTo = next;
  res.render('login', { title: 'Log in', error: null, email: '' });
});

router.post(
  '/login',
  asyncHandler(async (req, res, next) => {
    const { email, password } = req.body;
    const member = await memberService.authenticate(email, password);
    if (!member) {
      return res.status(401).render('login', { title: 'Log in', error: 'Email or password not recognised', email: String(email || '') });
    }
    const returnTo = req.session.returnTo;
    return req.session.regenerate((err) => {
      if (err) return next(err);
      req.session.memberId = member._id.toString();
      if (member.legacyImport) return res.redirect('/account/password?first=1');
      return res.redirect(returnTo || '/'); // VULN redirect
    });
  })
);

router.post('/logout', (req, res, next) => {
  const target = sameOriginPath(req.body.next, '/');
  req.session.destroy((err) => {
    if (err) return next(err);
    res.clearCookie('vw.sid');
    return res.redirect(303, target); // SAFE redirect
  });
});

/** Short links printed on posters and in the newsletter, e.g. valvework.org/go/renew */
const SHORTCUTS = {
  renew: '/subscriptions/price',
  rota: '/planner',
  rooms: '/rooms',
  shop: 'https://shop.valvework.org/',
  'summer-fete': '/concerts?season=' + new Date().getFullYear(),
};

router.get('/go/:shortcut', (req, res) => {
  const target = Object.prototype.hasOwnProperty.call(SHORTCUTS, req.params.shortcut) ? SHORTCUTS[req.params.shortcut] : '/';
  res.redirect(target); // SAFE redirect
});

router.post(
  '/password/forgot',
  asyncHandler(async (req, res) => {
    await memberService.startPasswordReset(String(req.body.email || ''));
    res.json({ ok: true, message: 'If that address is registered, a reset link is on its way.' });
  })
);

router.post(
  '/password/reset',
  asyncHandler(async (req, res) => {
    const member = await memberService.completePasswordReset(req.body.token, req.body.password);
    req.session.memberId = member._id.toString();
    res.json({ ok: true });
  })
);

router.post(
  '/api/token',
  asyncHandler(async (req, res) => {
    const member = await memberService.authenticate(req.body.email, req.body.password);
    if (!member) return res.status(401).json({ error: 'Invalid credentials' });
    return res.json({ token: issueApiToken(member), expiresIn: 43200 });
  })
);

module.exports = router;
