'use strict';

const express = require('express');
const path = require('path');
const config = require('../config');
const exportService = require('../services/exportService');
const { requireLogin } = require('../middleware/auth');

const router = express.Router();

router.get('/exports', requireLogin, async (req, res, next) => {
  try {
    const exports = await exportService.listExports(req.session.promoterId);
    res.render('exports', { title: 'Attendee exports', exports });
  } catch (err) {
    next(err);
  }
});

router.get('/exports/download', requireLogin, (req, res, next) => {
  try {
    const filePath = exportService.resolveExport(req.session.promoterId, String(req.query.file || ''));
    res.download(filePath, path.basename(filePath)); // VULN path
  } catch (err) {
    next(err);
  }
});

router.get('/posters/:name', requireLogin, (req, res, next) => {
  res.sendFile(req.params.name, { root: config.posterDir, dotfiles: 'deny', maxAge: '1h' }, (err) => { // SAFE path
    if (err) next(err);
  });
});

module.exports = router;
