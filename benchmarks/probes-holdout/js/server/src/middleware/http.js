'use strict';

const multer = require('multer');
const path = require('path');
const crypto = require('crypto');
const os = require('os');
const cors = require('cors');
const config = require('../config');
const { LOAN_PHOTO_DIR } = require('../services/loanService');

const memoryZip = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: config.uploads.maxZipBytes, files: 1 },
  fileFilter: (req, file, cb) => cb(null, /\.zip$/i.test(file.originalname)),
});

const memoryXml = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: config.uploads.maxXmlBytes, files: 1 },
});

const diskArchive = multer({
  dest: path.join(os.tmpdir(), 'valvework-archives'),
  limits: { fileSize: 4 * 1024 * 1024 * 1024, files: 1 },
});

const loanPhoto = multer({
  storage: multer.diskStorage({
    destination: LOAN_PHOTO_DIR,
    filename: (req, file, cb) => cb(null, `${crypto.randomUUID()}${path.extname(file.originalname).toLowerCase()}`),
  }),
  limits: { fileSize: 8 * 1024 * 1024, files: 1 },
  fileFilter: (req, file, cb) => cb(null, /^image\/(jpeg|png|webp)$/.test(file.mimetype)),
});

/* ---------- CORS ---------- */

const apiOrigins = new Set(config.cors.apiOrigins);

/** Main JSON API: only our own front-ends may call it with cookies. */
const apiCors = cors({ origin: (origin, cb) => cb(null, !origin || apiOrigins.has(origin)), credentials: true, maxAge: 600 }); // SAFE cors

/**
 * Concert widget embedded on partner sites (town council, festival pages);
 * it shows "you are logged in as ..." for members.
 */
const widgetCors = cors({ origin: true, credentials: true, methods: ['GET'] }); // VULN cors

module.exports = { memoryZip, memoryXml, diskArchive, loanPhoto, apiCors, widgetCors };
