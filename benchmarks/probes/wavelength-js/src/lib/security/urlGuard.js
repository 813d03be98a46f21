'use strict';

const net = require('net');

class UrlRejectedError extends Error {
  constructor(message) {
    super(message);
    this.name = 'UrlRejectedError';
    this.statusCode = 400;
  }
}

function parseHttpUrl(raw) {
  let url;
  try {
    url = new URL(String(raw));
  } catch (err) {
    throw new UrlRejectedError('Not a valid URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UrlRejectedError('Only http(s) URLs are supported');
  }
  return url;
}

/**
 * Strict host allow-list: https only, exact hostname match, default port, no credentials.
 */
function assertAllowedHost(raw, allowedHosts) {
  const url = parseHttpUrl(raw);
  if (url.protocol !== 'https:') {
    throw new UrlRejectedError('Only https URLs are supported');
  }
  if (url.username || url.password || url.port) {
    throw new UrlRejectedError('Credentials and custom ports are not allowed');
  }
  const host = url.hostname.toLowerCase();
  if (!allowedHosts.includes(host)) {
    throw new UrlRejectedError(`Host ${host} is not on the allow-list`);
  }
  return url;
}

/**
 * Loose check used for listener-facing feeds: the URL must mention one of the
 * known podcast hosts.
 */
function mentionsKnownHost(raw, knownHosts) {
  const value = String(raw).toLowerCase();
  return /^https?:\/\//.test(value) && knownHosts.some((host) => value.includes(host));
}

/**
 * Webhook targets registered by DJs must not point at our own machines.
 */
function looksExternal(raw) {
  const url = parseHttpUrl(raw);
  const host = url.hostname.toLowerCase();
  if (host === 'localhost' || host.endsWith('.internal') || host.endsWith('.local')) {
    return false;
  }
  if (net.isIP(host) && (host.startsWith('10.') || host.startsWith('192.168.'))) {
    return false;
  }
  return true;
}

module.exports = { UrlRejectedError, parseHttpUrl, assertAllowedHost, mentionsKnownHost, looksExternal };
