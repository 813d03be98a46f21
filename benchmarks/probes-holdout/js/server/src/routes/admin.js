'use strict';

const express = require('express');
const { asyncHandler } = require('../util/http');
const archiveService = require('../services/archiveService');
const loanService = require('../services/loanService');
const { requireMember, requireRole } = require('../middleware/auth');
const fs = require('fs');
const memberService = require('../services/memberService');
const { memoryZip, memoryXml, diskArchive } = require('../middleware/http');
const { toInt, ValidationError } = require('../dto');

const adminRouter = express.Router();

adminRouter.use(requireMember, requireRole('admin'));

adminRouter.get(
  '/backups',
  asyncHandler(async (req, res) => {
    res.json({ backups: await archiveService.listBackups() });
  })
);

adminRouter.post(
  '/backups',
  asyncHandler(async (req, res) => {
    const label = String(req.body.label || 'manual').slice(0, 60);
    const file = await archiveService.createDatabaseDump(label);
    res.status(201).json({ file });
  })
);

adminRouter.post(
  '/backups/scores',
  asyncHandler(async (req, res) => {
    res.status(201).json({ file: await archiveService.archiveScores() });
  })
);

adminRouter.post(
  '/loans/overdue-notices',
  asyncHandler(async (req, res) => {
    res.json({ sent: await loanService.notifyOverdue() });
  })
);

/* ---------- imports ---------- */

const importsRouter = express.Router();
const COLLECTION = /^[a-z0-9][a-z0-9-]{1,40}$/;

importsRouter.use(requireMember);

importsRouter.post(
  '/scores',
  requireRole('librarian'),
  memoryZip.single('archive'),
  asyncHandler(async (req, res) => {
    if (!req.file) throw new ValidationError('Zip archive required', 'archive');
    const collection = String(req.body.collection || 'general');
    if (!COLLECTION.test(collection)) throw new ValidationError('collection must be a short slug', 'collection');
    const imported = archiveService.importScoreLibrary(req.file.buffer, collection);
    res.status(201).json({ imported: imported.length });
  })
);

importsRouter.post(
  '/recordings',
  requireRole('media'),
  diskArchive.single('archive'),
  asyncHandler(async (req, res) => {
    if (!req.file) throw new ValidationError('Zip archive required', 'archive');
    try {
      const season = toInt(req.body.season, 'season', { min: 1990, max: 2100 });
      const imported = await archiveService.importRecordingsArchive(req.file.path, season);
      res.status(201).json({ imported });
    } finally {
      fs.promises.unlink(req.file.path).catch(() => {});
    }
  })
);

importsRouter.post(
  '/programme/:concertId',
  requireRole('librarian'),
  memoryXml.single('programme'),
  asyncHandler(async (req, res) => {
    if (!req.file) throw new ValidationError('Programme XML required', 'programme');
    const count = await archiveService.importProgrammeXml(req.file.buffer.toString('utf8'), req.params.concertId);
    res.json({ pieces: count });
  })
);

importsRouter.post(
  '/members',
  requireRole('membership-secretary'),
  memoryXml.single('register'),
  asyncHandler(async (req, res) => {
    if (!req.file) throw new ValidationError('Register XML required', 'register');
    const rows = await archiveService.parseMemberRegister(req.file.buffer.toString('utf8'));
    const inserted = await memberService.importLegacyMembers(rows);
    res.status(201).json({ inserted });
  })
);

importsRouter.post(
  '/setlist',
  requireRole('librarian'),
  express.text({ type: ['application/yaml', 'text/yaml', 'text/plain'], limit: '256kb' }),
  (req, res, next) => {
    try {
      res.json({ items: archiveService.parseSetlist(req.body) });
    } catch (err) {
      next(err);
    }
  }
);

module.exports = { adminRouter, importsRouter };
