'use strict';

const config = require('../config');

const allowed = new Set(config.cors.allowedOrigins);

function checkOrigin(origin, callback) {
  if (!origin) return callback(null, false);
  if (allowed.has(origin)) return callback(null, true);
  return callback(null, false);
}

module.exports = { checkOrigin };
