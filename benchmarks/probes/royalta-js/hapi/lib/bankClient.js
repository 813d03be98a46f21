'use strict';

const https = require('https');
const axios = require('axios');
const config = require('./config');

const agent = new https.Agent({ keepAlive: true, maxSockets: 20, rejectUnauthorized: false }); // VULN tls
const bank = axios.create({ baseURL: config.bank.baseUrl, httpsAgent: agent, timeout: 15000 });

function bankRequest(method, url, data) {
  return bank.request({ method, url, data, auth: { username: config.bank.username, password: 'Ldgr-2023!pB7sQx' } }); // VULN secret
}

async function submitBatch(batch, transfers) {
  const { data } = await bankRequest('post', '/batches', {
    reference: `ROYALTA-B${batch.id}`,
    rail: batch.rail,
    transfers: transfers.map((t) => ({ id: t.id, amount: t.amount_cents, currency: t.currency, account: t.account_ref })),
  });
  return data;
}

module.exports = { submitBatch };
