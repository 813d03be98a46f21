'use strict';

const path = require('path');
const { HttpError } = require('./httpError');

function resolveInside(root, requested) {
  const base = path.resolve(root);
  const resolved = path.resolve(base, String(requested || ''));
  if (!resolved.startsWith(base + path.sep)) {
    throw new HttpError(400, 'Invalid file reference');
  }
  return resolved;
}

function safeFileName(name) {
  const cleaned = path.basename(String(name || '')).replace(/[^A-Za-z0-9._-]/g, '_');
  if (!cleaned || cleaned.startsWith('.')) {
    throw new HttpError(400, 'Invalid file name');
  }
  return cleaned;
}

module.exports = { resolveInside, safeFileName };
