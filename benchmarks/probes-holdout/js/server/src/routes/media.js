'use strict';

const express = require('express');
const { asyncHandler } = require('../util/http');
const mediaService = require('../services/mediaService');
const { requireMember } = require('../middleware/auth');

const router = express.Router();

router.use(requireMember);

router.get('/recordings/file', (req, res, next) => {
  try {
    const { name, stream } = mediaService.openRecording(req.query.f);
    stream.on('error', next);
    res.attachment(name);
    stream.pipe(res);
  } catch (err) {
    next(err);
  }
});

router.get(
  '/recordings/info',
  asyncHandler(async (req, res) => {
    res.json(await mediaService.describeRecording(req.query.f));
  })
);

router.get(
  '/scores/library',
  asyncHandler(async (req, res) => {
    const file = await mediaService.openLibraryFile(req.query.path);
    res.set('Content-Length', String(file.size));
    res.type(file.full);
    file.stream.pipe(res);
  })
);

router.get(
  '/scores/:piece/parts',
  asyncHandler(async (req, res) => {
    res.json({ parts: await mediaService.listParts(req.params.piece) });
  })
);

router.get(
  '/scores/:piece/parts/:part',
  asyncHandler(async (req, res) => {
    const { data, etag } = await mediaService.readPart(req.params.piece, req.params.part);
    if (req.get('If-None-Match') === etag) return res.status(304).end();
    res.set('ETag', etag);
    return res.type('application/pdf').send(data);
  })
);

module.exports = router;
