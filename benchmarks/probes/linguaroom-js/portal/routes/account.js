'use strict';

const express = require('express');
const accounts = require('../services/accountService');
const { afterLoginPath, logoutDestination } = require('../lib/returnTo');

const router = express.Router();

function requireParent(req, res, next) {
  if (!req.session.parent) {
    return res.redirect(`/login?returnTo=${encodeURIComponent(req.originalUrl)}`);
  }
  return next();
}

router.get('/login', (req, res) => {
  res.render('login', { error: null, returnTo: req.query.returnTo || '' });
});

router.post('/login', async (req, res, next) => {
  try {
    const parent = await accounts.authenticate(req.body.email, req.body.password);
    if (!parent) {
      return res.status(401).render('login', { error: 'E-mail address or password is not correct.', returnTo: req.body.returnTo || '' });
    }
    req.session.regenerate((err) => {
      if (err) return next(err);
      req.session.parent = parent;
      return res.redirect(afterLoginPath(req.body.returnTo)); // VULN redirect
    });
  } catch (err) {
    next(err);
  }
});

router.get('/logout', (req, res) => {
  const destination = logoutDestination(req.query.to);
  req.session.destroy(() => {
    res.clearCookie('lr_portal');
    res.redirect(destination); // SAFE redirect
  });
});

router.get('/reset', (req, res) => {
  res.render('reset', { email: req.query.email || '', token: req.query.token || '', error: null, done: false });
});

router.post('/reset/request', async (req, res, next) => {
  try {
    await accounts.requestPasswordReset(req.body.email);
    res.render('reset', { email: '', token: '', error: null, done: true });
  } catch (err) {
    next(err);
  }
});

router.post('/reset', async (req, res, next) => {
  try {
    await accounts.resetPassword(req.body.email, req.body.token, req.body.password);
    res.redirect('/login?reset=1');
  } catch (err) {
    if (err instanceof accounts.AccountError) {
      return res.status(err.status).render('reset', { email: req.body.email, token: '', error: err.message, done: false });
    }
    next(err);
  }
});

router.get('/account/preferences', requireParent, async (req, res, next) => {
  try {
    res.json(await accounts.preferences(req.session.parent.id));
  } catch (err) {
    next(err);
  }
});

router.patch('/account/preferences', requireParent, async (req, res, next) => {
  try {
    res.json(await accounts.updatePreferences(req.session.parent.id, req.body));
  } catch (err) {
    if (err instanceof accounts.AccountError) return res.status(err.status).json({ error: err.message });
    next(err);
  }
});

module.exports = { router, requireParent };
