'use strict';

const fs = require('fs');
const https = require('https');
const got = require('got');
const config = require('../config');

const gatewayAgent = new https.Agent({ keepAlive: true, maxSockets: 20, rejectUnauthorized: false }); // VULN tls
const ledgerAgent = new https.Agent({ keepAlive: true, ca: fs.readFileSync(config.ledgerCaPath), rejectUnauthorized: true }); // SAFE tls

const gateway = got.extend({
  prefixUrl: config.paymentsApiUrl,
  agent: { https: gatewayAgent },
  headers: { authorization: `Bearer ${config.paymentsApiKey}` },
  responseType: 'json',
});
const ledger = got.extend({ prefixUrl: config.ledgerApiUrl, agent: { https: ledgerAgent }, responseType: 'json' });

async function withRetry(fn, attempts = 4) {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await fn();
    } catch (err) {
      if (attempt + 1 >= attempts || err.response?.statusCode < 500) throw err;
      const delay = Math.min(30000, 2 ** attempt * 250) + Math.floor(Math.random() * 250); // SAFE random
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

function createCheckout(invoice, returnUrl) {
  const json = { amount: invoice.total_cents, currency: invoice.currency, reference: invoice.invoice_number, return_url: returnUrl };
  return withRetry(() => gateway.post('checkout/sessions', { json }).json());
}

function postLedgerEntry(entry) {
  return withRetry(() => ledger.post('entries', { json: entry }).json());
}

module.exports = { createCheckout, postLedgerEntry };
