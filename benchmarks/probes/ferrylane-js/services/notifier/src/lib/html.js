'use strict';

const HTML_ENTITIES = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

/** Escapes text for use inside HTML element content and double-quoted attributes. */
function escapeHtml(value) {
  if (value === null || value === undefined) {
    return '';
  }
  return String(value).replace(/[&<>"]/g, (ch) => HTML_ENTITIES[ch]);
}

// Kiosk screens only ever navigate between their own pages.
const KIOSK_PATH = /^\/kiosk(?:\/[a-z0-9-]+)*\/?(?:\?[a-z0-9=&-]*)?$/;

function isKioskPath(candidate) {
  return typeof candidate === 'string' && KIOSK_PATH.test(candidate);
}

module.exports = { escapeHtml, isKioskPath };
