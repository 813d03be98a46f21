'use strict';

const serialize = require('node-serialize');

const DEFAULT_PREFERENCES = Object.freeze({
  layout: 'cards',
  pinnedEvents: [],
  showRefunds: true,
  currency: 'EUR',
});

const LAYOUTS = new Set(['cards', 'table', 'compact']);

function decodePreferences(cookieValue) {
  try {
    const json = Buffer.from(cookieValue, 'base64').toString('utf8');
    const stored = serialize.unserialize(json); // VULN deser
    return { ...DEFAULT_PREFERENCES, ...stored };
  } catch (err) {
    return { ...DEFAULT_PREFERENCES };
  }
}

function encodePreferences(prefs) {
  const clean = {
    layout: LAYOUTS.has(prefs.layout) ? prefs.layout : DEFAULT_PREFERENCES.layout,
    pinnedEvents: Array.isArray(prefs.pinnedEvents) ? prefs.pinnedEvents.slice(0, 10).map(String) : [],
    showRefunds: Boolean(prefs.showRefunds),
    currency: String(prefs.currency || 'EUR').slice(0, 3),
  };
  return Buffer.from(serialize.serialize(clean)).toString('base64');
}

module.exports = { DEFAULT_PREFERENCES, decodePreferences, encodePreferences };
