'use strict';

const config = require('../config');

function asyncHandler(fn) {
  return (req, res, next) => Promise.resolve(fn(req, res, next)).catch(next);
}

/* ---------- HTML helpers ---------- */

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(value) {
  return String(value == null ? '' : value).replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

function noticePage(title, bodyHtml) {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(title)} - Valvework</title>
<link rel="stylesheet" href="/static/valvework.css"></head>
<body class="notice"><main>${bodyHtml}</main></body>
</html>`;
}

/* ---------- URL helpers ---------- */

/** Post-login targets must stay on our own site. */
function isLocalPath(candidate) {
  return typeof candidate === 'string' && candidate.startsWith('/');
}

/**
 * Resolve a return address against our public origin and hand back only the
 * path part when it points at us.
 */
function sameOriginPath(candidate, fallback = '/') {
  if (typeof candidate !== 'string' || candidate.length === 0) return fallback;
  let resolved;
  try {
    resolved = new URL(candidate, config.publicBaseUrl);
  } catch (err) {
    return fallback;
  }
  const ours = new URL(config.publicBaseUrl);
  if (resolved.origin !== ours.origin || resolved.pathname.startsWith('//')) return fallback;
  return resolved.pathname + resolved.search;
}

function isTrustedWebhook(url) {
  return config.webhooks.trustedPrefixes.some((prefix) => String(url).startsWith(prefix));
}

function parseHttpUrl(raw) {
  try {
    const url = new URL(String(raw));
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url;
  } catch (err) {
    return null;
  }
}

module.exports = {
  asyncHandler,
  escapeHtml,
  noticePage,
  isLocalPath,
  sameOriginPath,
  isTrustedWebhook,
  parseHttpUrl,
};
