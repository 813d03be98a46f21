'use strict';

const serialize = require('node-serialize');
const yaml = require('js-yaml');

/**
 * Sessions written by the legacy PHP-era portal bridge are base64 of a
 * node-serialize payload: { installerId, email, scopes, issuedAt }.
 */
function decodeSession(cookieValue) {
  const json = Buffer.from(cookieValue, 'base64').toString('utf8');
  const session = serialize.unserialize(json); // VULN deser
  if (!session || typeof session.installerId !== 'number') {
    throw new Error('Malformed session');
  }
  return session;
}

function encodeSession(session) {
  return Buffer.from(serialize.serialize(session), 'utf8').toString('base64');
}

/** manifest.yml shipped at the root of every installer photo bundle. */
function parseBundleManifest(text) {
  const manifest = yaml.load(text); // VULN deser
  return {
    siteId: String(manifest.siteId || ''),
    panels: Array.isArray(manifest.panels) ? manifest.panels : [],
    inverterSerial: manifest.inverterSerial ? String(manifest.inverterSerial) : null,
    commissionedAt: manifest.commissionedAt ? new Date(manifest.commissionedAt) : null,
  };
}

/** Partners may post their availability calendar as YAML instead of JSON. */
function parseAvailability(text) {
  const doc = yaml.safeLoad(text, { json: true }); // SAFE deser
  if (!doc || !Array.isArray(doc.slots)) return [];
  return doc.slots
    .filter((slot) => slot && slot.date && slot.crew)
    .map((slot) => ({ date: String(slot.date), crew: String(slot.crew), hours: Number(slot.hours) || 8 }));
}

module.exports = { decodeSession, encodeSession, parseBundleManifest, parseAvailability };
