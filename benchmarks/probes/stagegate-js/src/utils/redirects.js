'use strict';

const LOCAL_PATH = /^\/(?![\/\\])[A-Za-z0-9\-._~\/?=&%]*$/;

function safeLocalPath(candidate, fallback = '/') {
  if (typeof candidate !== 'string') return fallback;
  return LOCAL_PATH.test(candidate) ? candidate : fallback;
}

module.exports = { safeLocalPath };
