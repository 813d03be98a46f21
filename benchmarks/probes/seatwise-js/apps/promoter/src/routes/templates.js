'use strict';

const express = require('express');
const templating = require('../lib/templating');
const posterService = require('../services/posterService');
const { requireLogin } = require('../middleware/auth');

const router = express.Router();

router.get('/templates/confirmation', requireLogin, (req, res) => {
  res.render('template-editor', { title: 'Confirmation e-mail', sample: templating.SAMPLE_ORDER });
});

router.post('/templates/confirmation/preview', requireLogin, async (req, res) => {
  try {
    const source = String(req.body.template || '');
    const html = await templating.renderCustomTemplate(source, { promoterName: req.session.promoterName });
    res.type('html').send(html);
  } catch (err) {
    res.status(422).json({ error: `Template error: ${err.message}` });
  }
});

router.get('/templates/confirmation/default', requireLogin, async (req, res, next) => {
  try {
    const buyerName = typeof req.query.name === 'string' ? req.query.name.slice(0, 80) : 'Alex Example';
    const html = await templating.renderDefaultConfirmation({ buyerName, promoterName: req.session.promoterName });
    res.type('html').send(html);
  } catch (err) {
    next(err);
  }
});

router.post('/events/:eventId/poster', requireLogin, async (req, res, next) => {
  try {
    const caption = String(req.body.caption || '').replace(/"/g, '\\"').slice(0, 120);
    const result = await posterService.generatePoster({
      eventId: req.params.eventId,
      caption,
      moduleSize: req.body.moduleSize || '8',
    });
    res.json({ url: `/posters/${result.file}` });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
