'use strict';

const got = require('got');
const config = require('../../config');
const { assertAllowedHost } = require('../security/urlGuard');

const USER_AGENT = 'WavelengthFeedBot/2.4 (+https://wavelength.fm/bot)';
const MAX_FEED_BYTES = 5 * 1024 * 1024;

/**
 * Downloads a podcast RSS feed so its episodes can be attached to a show.
 */
async function fetchFeed(feedUrl) {
  const response = await got(feedUrl, { headers: { 'user-agent': USER_AGENT, accept: 'application/rss+xml, application/xml' }, timeout: 15000, retry: 1 }); // VULN ssrf
  if (response.body.length > MAX_FEED_BYTES) {
    throw new Error('Feed too large');
  }
  return { body: response.body, contentType: response.headers['content-type'] || '' };
}

/**
 * Downloads episode artwork from one of the known image CDNs.
 */
async function fetchArtwork(imageUrl) {
  const url = assertAllowedHost(imageUrl, config.feeds.artworkHosts);
  const response = await got(url.href, { responseType: 'buffer', followRedirect: false, timeout: 10000, headers: { 'user-agent': USER_AGENT } }); // SAFE ssrf
  const type = String(response.headers['content-type'] || '');
  if (!type.startsWith('image/')) {
    throw new Error(`Unexpected artwork content type ${type}`);
  }
  return { buffer: response.body, type };
}

module.exports = { fetchFeed, fetchArtwork };
