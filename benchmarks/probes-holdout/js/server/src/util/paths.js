'use strict';

const path = require('path');

class PathEscapeError extends Error {
  constructor(requested) {
    super(`Path escapes storage root: ${requested}`);
    this.status = 400;
  }
}

/**
 * Join a relative, user-supplied path onto a storage root and make sure the
 * result stays inside that root.
 */
function safeJoin(root, relative) {
  const base = path.resolve(root);
  const target = path.resolve(base, String(relative || ''));
  if (target !== base && !target.startsWith(base + path.sep)) {
    throw new PathEscapeError(relative);
  }
  return target;
}

function extensionOf(name) {
  return path.extname(String(name || '')).toLowerCase();
}

module.exports = { safeJoin, extensionOf, PathEscapeError };
