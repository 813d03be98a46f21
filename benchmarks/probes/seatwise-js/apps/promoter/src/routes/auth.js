'use strict';

const express = require('express');
const nodemailer = require('nodemailer');
const config = require('../config');
const promoterAuth = require('../services/promoterAuth');
const { rememberReturnTo } = require('../middleware/auth');

const router = express.Router();
const mailer = nodemailer.createTransport({ host: config.smtp.host, port: config.smtp.port });

router.get('/login', rememberReturnTo, (req, res) => {
  res.render('login', { error: null, email: '' });
});

router.post('/login', async (req, res, next) => {
  try {
    const promoter = await promoterAuth.authenticate(req.body.email, req.body.password);
    if (!promoter) {
      return res.status(401).render('login', { error: 'Invalid email or password', email: String(req.body.email || '') });
    }
    const returnTo = req.session.returnTo || '/dashboard';
    req.session.regenerate((err) => {
      if (err) return next(err);
      req.session.promoterId = promoter.id;
      req.session.promoterName = promoter.displayName;
      res.redirect(returnTo); // VULN redirect
    });
  } catch (err) {
    next(err);
  }
});

router.post('/logout', (req, res) => {
  req.session.destroy(() => res.redirect('/login'));
});

router.get('/password/forgot', (req, res) => {
  res.render('forgot-password', { sent: false });
});

router.post('/password/forgot', async (req, res, next) => {
  try {
    const result = await promoterAuth.createPasswordReset(req.body.email);
    if (result) {
      const link = `${config.portalBaseUrl}/password/reset?token=${encodeURIComponent(result.token)}`;
      await mailer.sendMail({
        from: config.smtp.from,
        to: result.promoter.email,
        subject: 'Reset your Seatwise promoter password',
        text: `Hi ${result.promoter.displayName},\n\nUse this link within an hour to choose a new password:\n${link}\n`,
      });
    }
    res.render('forgot-password', { sent: true });
  } catch (err) {
    next(err);
  }
});

router.post('/password/reset', async (req, res, next) => {
  try {
    await promoterAuth.resetPassword(req.body.token, req.body.password);
    res.redirect('/login?reset=1');
  } catch (err) {
    next(err);
  }
});

module.exports = router;
