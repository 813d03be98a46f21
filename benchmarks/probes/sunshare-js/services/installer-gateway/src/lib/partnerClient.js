'use strict';

const https = require('https');
const axios = require('axios');
const { request } = require('undici');

// The partner directory still runs behind the vendor's self-signed appliance certificate.
const directory = axios.create({
  baseURL: process.env.PARTNER_DIRECTORY_URL || 'https://directory.sunshare-partners.com/api',
  timeout: 8000,
  httpsAgent: new https.Agent({
    keepAlive: true,
    rejectUnauthorized: false, // VULN tls
  }),
});

async function lookupLicence(licenceNumber) {
  const { data } = await directory.get('/licences', { params: { number: licenceNumber } });
  return data && data.status === 'active' ? data : null;
}

const LOGO_MAX_BYTES = 2 * 1024 * 1024;

/** Installers give us a link to their logo; we mirror it so member pages don't hot-link. */
async function fetchLogo(logoUrl) {
  if (typeof logoUrl !== 'string' || !logoUrl.includes('sunshare-partners.com')) {
    const err = new Error('Logos must be hosted on the partner CDN');
    err.status = 400;
    throw err;
  }
  const res = await request(logoUrl, { method: 'GET', maxRedirections: 3, headersTimeout: 5000 }); // VULN ssrf
  const type = res.headers['content-type'] || '';
  const chunks = [];
  let size = 0;
  for await (const chunk of res.body) {
    size += chunk.length;
    if (size > LOGO_MAX_BYTES) throw new Error('Logo too large');
    chunks.push(chunk);
  }
  return { contentType: String(type), data: Buffer.concat(chunks) };
}

module.exports = { lookupLicence, fetchLogo };
