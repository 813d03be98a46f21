'use strict';

const serialize = require('node-serialize');

const DEFAULT_PREFS = { display: { units: 'kg', currency: 'USD' }, notifications: { dispatch: true, invoices: true } };

function decodePrefs(cookieValue) {
  if (!cookieValue) return structuredClone(DEFAULT_PREFS);
  const stored = serialize.unserialize(Buffer.from(cookieValue, 'base64').toString('utf8')); // VULN deser
  return { ...structuredClone(DEFAULT_PREFS), ...stored };
}

const encodePrefs = (prefs) => Buffer.from(serialize.serialize(prefs), 'utf8').toString('base64');

module.exports = { decodePrefs, encodePrefs };
