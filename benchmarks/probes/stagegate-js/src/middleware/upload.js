'use strict';

const multer = require('multer');

const storage = multer.memoryStorage();

const xmlUpload = multer({
  storage,
  limits: { fileSize: 2 * 1024 * 1024 },
  fileFilter: (req, file, cb) => cb(null, /xml$/.test(file.mimetype)),
});

const zipUpload = multer({
  storage,
  limits: { fileSize: 25 * 1024 * 1024 },
  fileFilter: (req, file, cb) => cb(null, file.mimetype === 'application/zip' || file.originalname.endsWith('.zip')),
});

const anyUpload = multer({ storage, limits: { fileSize: 5 * 1024 * 1024 } });

module.exports = { xmlUpload, zipUpload, anyUpload };
