'use strict';

const path = require('path');

class PathEscapeError extends Error {
  constructor(relative) {
    super(`Path escapes its base directory: ${relative}`);
    this.name = 'PathEscapeError';
    this.statusCode = 400;
  }
}

/**
 * Resolves `relative` against `baseDir` and guarantees the result stays inside it.
 */
function resolveInside(baseDir, relative) {
  const base = path.resolve(baseDir);
  const target = path.resolve(base, String(relative));
  if (target !== base && !target.startsWith(base + path.sep)) {
    throw new PathEscapeError(relative);
  }
  return target;
}

const AUDIO_EXTENSIONS = new Set(['.mp3', '.ogg', '.opus', '.flac', '.wav', '.m4a']);
const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp']);

function audioExtension(filename) {
  const ext = path.extname(String(filename)).toLowerCase();
  return AUDIO_EXTENSIONS.has(ext) ? ext : null;
}

function imageExtension(filename) {
  const ext = path.extname(String(filename)).toLowerCase();
  return IMAGE_EXTENSIONS.has(ext) ? ext : null;
}

module.exports = { resolveInside, PathEscapeError, audioExtension, imageExtension };
