'use strict';

const got = require('got');
const config = require('../config');

function authHeaders() {
  return { Authorization: `Bearer ${config.apiToken}`, 'X-Portal': 'parents' };
}

async function getChildProgress(childId) {
  return got(`${config.apiBase}/students/${encodeURIComponent(childId)}/progress`, { headers: authHeaders(), timeout: { request: 8000 } }).json(); // SAFE ssrf
}

async function getPlacementResults(studentId) {
  return got(`${config.apiBase}/placement/results/${encodeURIComponent(studentId)}`, {
    headers: authHeaders(),
    timeout: { request: 8000 },
  }).json();
}

/**
 * Invoice PDFs are rendered by the API; `ref` is the path from the invoice
 * list, e.g. "/billing/invoices/2024-0193.pdf".
 */
async function fetchInvoicePdf(ref) {
  if (typeof ref !== 'string' || !ref.includes('/invoices/')) {
    const err = new Error('Unknown invoice');
    err.status = 404;
    throw err;
  }
  const response = await got(`${config.apiBase}${ref}`, { headers: authHeaders(), responseType: 'buffer', timeout: { request: 15000 } }); // VULN ssrf
  return { body: response.body, contentType: response.headers['content-type'] || 'application/pdf' };
}

module.exports = { getChildProgress, getPlacementResults, fetchInvoicePdf };
