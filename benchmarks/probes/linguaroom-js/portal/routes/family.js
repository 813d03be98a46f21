'use strict';

const express = require('express');
const family = require('../services/familyService');
const { requireParent } = require('./account');

const router = express.Router();

router.use(requireParent);

router.get('/', (req, res) => {
  const [first] = req.session.parent.childIds;
  if (!first) return res.render('error', { status: 404, message: 'No children are linked to your account yet.' });
  return res.redirect(`/family/children/${encodeURIComponent(first)}`);
});

router.get('/children/:childId', async (req, res, next) => {
  try {
    const overview = await family.childOverview(req.session.parent, req.params.childId);
    res.render('child.pug', { ...overview, parent: req.session.parent });
  } catch (err) {
    next(err);
  }
});

router.get('/children/:childId/messages', async (req, res, next) => {
  try {
    const messages = await family.listMessages(req.session.parent, req.params.childId);
    res.render('messages', { childId: req.params.childId, messages, parent: req.session.parent });
  } catch (err) {
    next(err);
  }
});

router.post('/children/:childId/messages', async (req, res, next) => {
  try {
    await family.postMessage(req.session.parent, req.params.childId, req.body);
    res.redirect(`/family/children/${encodeURIComponent(req.params.childId)}/messages`);
  } catch (err) {
    next(err);
  }
});

router.get('/children/:childId/contracts/:fileName', async (req, res, next) => {
  try {
    const stream = await family.openContract(req.session.parent, req.params.childId, req.params.fileName);
    res.type('application/pdf');
    res.attachment(req.params.fileName);
    stream.on('error', next).pipe(res);
  } catch (err) {
    next(err);
  }
});

router.get('/children/:childId/report-cards/:fileName', async (req, res, next) => {
  try {
    const stream = await family.openReportCard(req.session.parent, req.params.childId, req.params.fileName);
    res.type('application/pdf');
    stream.on('error', next).pipe(res);
  } catch (err) {
    next(err);
  }
});

router.get('/invoices/download', async (req, res, next) => {
  try {
    const pdf = await family.invoicePdf(req.session.parent, req.query.ref);
    res.type(pdf.contentType);
    res.send(pdf.body);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
