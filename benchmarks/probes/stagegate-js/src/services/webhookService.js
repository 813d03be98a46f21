'use strict';

const axios = require('axios');
const config = require('../config');
const { HttpError } = require('../utils/httpError');
const { backoffDelay } = require('../utils/tokens');

const allowedHosts = new Set(config.webhooks.allowedHosts);

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function partnerEndpoint(rawUrl) {
  let url;
  try {
    url = new URL(rawUrl);
  } catch (err) {
    throw new HttpError(400, 'invalid callback url');
  }
  if (url.protocol !== 'https:' || !allowedHosts.has(url.hostname)) {
    throw new HttpError(400, 'callback host is not an approved partner');
  }
  return url.toString();
}

async function deliver(subscription, payload) {
  const endpoint = partnerEndpoint(subscription.callbackUrl);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const res = await axios.post(endpoint, payload, { timeout: config.webhooks.timeoutMs }); // SAFE ssrf
      return { status: res.status, attempts: attempt + 1 };
    } catch (err) {
      if (attempt === 2) throw err;
      await sleep(backoffDelay(attempt));
    }
  }
  return null;
}

async function probe(subscription) {
  const started = Date.now();
  const res = await axios.get(subscription.healthUrl, { timeout: config.webhooks.timeoutMs, validateStatus: () => true }); // VULN ssrf
  return {
    reachable: res.status < 500,
    status: res.status,
    latencyMs: Date.now() - started,
    body: typeof res.data === 'string' ? res.data.slice(0, 2000) : res.data,
  };
}

module.exports = { deliver, probe, partnerEndpoint };
