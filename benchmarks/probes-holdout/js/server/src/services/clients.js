'use strict';

const fs = require('fs');
const https = require('https');
const axios = require('axios');
const config = require('../config');

/* ---------- GoCardless direct debits ---------- */

const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: true, ca: config.payments.caFile ? fs.readFileSync(config.payments.caFile) : undefined }); // SAFE tls

const client = axios.create({
  baseURL: config.payments.baseUrl,
  httpsAgent: agent,
  timeout: 15000,
  headers: {
    Authorization: `Bearer ${config.payments.token || ''}`,
    'GoCardless-Version': '2015-07-06',
  },
});

/** Look up a direct-debit mandate for a member's subscription. */
async function getMandate(mandateId) {
  const { data } = await client.get(`/mandates/${encodeURIComponent(String(mandateId))}`); // SAFE ssrf
  return data.mandates;
}

async function createPayment({ amountPence, mandateId, description, idempotencyKey }) {
  const { data } = await client.post(
    '/payments',
    { payments: { amount: amountPence, currency: 'GBP', description, links: { mandate: mandateId } } },
    { headers: { 'Idempotency-Key': idempotencyKey } }
  );
  return data.payments;
}

/* ---------- town hall box office ---------- */

/**
 * Seat availability from the town hall box office appliance, shown on the
 * concert pages.
 */
const boxOffice = axios.create({
  baseURL: config.boxOffice.baseUrl,
  timeout: 8000,
  auth: { username: config.boxOffice.user, password: config.boxOffice.password || '' },
  httpsAgent: new https.Agent({ rejectUnauthorized: false }), // VULN tls
});

async function availability(eventId) {
  const { data } = await boxOffice.get(`/api/events/${encodeURIComponent(eventId)}/availability`);
  return {
    capacity: Number(data.capacity) || 0,
    sold: Number(data.sold) || 0,
    priceBands: Array.isArray(data.bands) ? data.bands : [],
  };
}

/* ---------- venue maps ---------- */

const allowedHosts = new Set(config.venueMaps.hosts);

function notAllowed() {
  const err = new Error('Venue maps must come from an approved map server');
  err.status = 422;
  return err;
}

/** Fetch the static venue map image shown on the concert page. */
async function fetchVenueMap(rawUrl) {
  let url;
  try {
    url = new URL(String(rawUrl));
  } catch (err) {
    throw notAllowed();
  }
  if (url.protocol !== 'https:' || !allowedHosts.has(url.hostname) || url.port !== '') {
    throw notAllowed();
  }
  const response = await axios.get(url.toString(), { responseType: 'arraybuffer', timeout: 8000, maxRedirects: 0, maxContentLength: 3 * 1024 * 1024 }); // SAFE ssrf
  return { contentType: response.headers['content-type'] || 'image/png', body: Buffer.from(response.data) };
}

module.exports = {
  getMandate,
  createPayment,
  availability,
  fetchVenueMap,
};
