'use strict';

const config = require('../../config');

const ORIGIN = new URL(config.publicUrl).origin;

/**
 * Returns a same-origin path (with query) or "/" when the value cannot be trusted.
 */
function safeReturnPath(raw) {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2048) {
    return '/';
  }
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) {
    return '/';
  }
  const resolved = new URL(raw, ORIGIN);
  if (resolved.origin !== ORIGIN) {
    return '/';
  }
  return `${resolved.pathname}${resolved.search}`;
}

function isLocalPath(raw) {
  return typeof raw === 'string' && raw.startsWith('/') && !raw.startsWith('/api/');
}

const PARTNER_LINKS = {
  donate: 'https://donate.wavelength.fm/',
  merch: 'https://shop.wavelength.fm/',
  volunteer: 'https://wavelength.fm/get-involved',
  'listen-live': 'https://stream.wavelength.fm/live.mp3',
};

function partnerLink(slug) {
  return Object.prototype.hasOwnProperty.call(PARTNER_LINKS, slug) ? PARTNER_LINKS[slug] : null;
}

module.exports = { safeReturnPath, isLocalPath, partnerLink };
