'use strict';

const fs = require('fs');
const https = require('https');
const axios = require('axios');
const config = require('../config');

const gatewayAgent = new https.Agent({
  keepAlive: true,
  ca: fs.readFileSync(config.payments.caFile),
  rejectUnauthorized: true, // SAFE tls
});

const legacyAgent = new https.Agent({
  keepAlive: true,
  rejectUnauthorized: false, // VULN tls
});

const gateway = axios.create({
  baseURL: config.payments.baseUrl,
  httpsAgent: gatewayAgent,
  timeout: 10000,
  headers: { Authorization: `Bearer ${config.payments.apiKey}` },
});

const legacyGateway = axios.create({
  baseURL: config.payments.legacyUrl,
  httpsAgent: legacyAgent,
  timeout: 15000,
  headers: { 'X-Api-Key': config.payments.apiKey },
});

async function authorise({ orderCode, amountCents, cardToken, currency = 'USD' }) {
  const res = await gateway.post('/authorisations', {
    reference: orderCode,
    amount: amountCents,
    currency,
    source: cardToken,
  });
  return { authorisationId: res.data.id, status: res.data.status };
}

async function refundLegacy(legacyTxnId, amountCents) {
  const res = await legacyGateway.post(`/txn/${encodeURIComponent(legacyTxnId)}/refund`, { amount: amountCents });
  return res.data;
}

module.exports = { authorise, refundLegacy };
