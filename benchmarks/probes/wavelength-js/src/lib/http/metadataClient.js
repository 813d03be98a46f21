'use strict';

const { fetch } = require('undici');
const config = require('../../config');

const HEADERS = { 'user-agent': 'Wavelength/2.4 ( tech@wavelength.fm )', accept: 'application/json' };

/**
 * Partner sites (labels, venues) expose oEmbed endpoints for embedding a
 * release card next to a track request.
 */
async function fetchPartnerEmbed(embedUrl) {
  if (!String(embedUrl).startsWith(config.integrations.partnerPrefix)) {
    const err = new Error('Only partner embeds are supported');
    err.statusCode = 400;
    throw err;
  }
  const res = await fetch(embedUrl, { headers: HEADERS, redirect: 'follow' }); // VULN ssrf
  if (!res.ok) {
    throw new Error(`Partner embed failed with ${res.status}`);
  }
  return res.json();
}

/**
 * Looks a requested song up on MusicBrainz so DJs see canonical metadata.
 */
async function lookupRecording(artist, title) {
  const url = new URL('recording/', config.integrations.musicbrainzBase);
  url.searchParams.set('query', `artist:"${String(artist).replace(/"/g, '')}" AND recording:"${String(title).replace(/"/g, '')}"`);
  url.searchParams.set('fmt', 'json');
  url.searchParams.set('limit', '5');
  const res = await fetch(url, { headers: HEADERS }); // SAFE ssrf
  if (!res.ok) {
    return [];
  }
  const data = await res.json();
  return (data.recordings || []).map((r) => ({
    id: r.id,
    title: r.title,
    artist: (r['artist-credit'] || []).map((c) => c.name).join(', '),
    length: r.length ? Math.round(r.length / 1000) : null,
  }));
}

module.exports = { fetchPartnerEmbed, lookupRecording };
