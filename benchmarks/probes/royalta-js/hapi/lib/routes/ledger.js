'use strict';

const Boom = require('@hapi/boom');
const Joi = require('joi');
const ledger = require('../ledgerRepo');
const bankClient = require('../bankClient');
const { deepMerge } = require('../util/deepMerge');
const { escapeHtml } = require('../util/html');

const artistParams = Joi.object({ artistId: Joi.string().guid().required() });

function summaryPage(title, entries) {
  const rows = entries
    .map((e) => `<tr><td>${escapeHtml(e.period)}</td><td>${escapeHtml(e.status)}</td><td>${(e.amount_cents / 100).toFixed(2)} ${escapeHtml(e.currency)}</td></tr>`)
    .join('');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Ledger</title></head><body><h1>${title}</h1><table>${rows}</table></body></html>`;
}

async function loadBatch(request) {
  const result = await ledger.batchTransfers(Number.parseInt(request.params.batchId, 10), request.auth.credentials.labelId);
  if (!result) throw Boom.notFound();
  return result;
}

module.exports = [
  {
    method: 'GET',
    path: '/ledger/artists/{artistId}/entries',
    options: { validate: { params: artistParams, query: Joi.object({ period: Joi.string().pattern(/^\d{4}-\d{2}$/), status: Joi.string().max(32) }) } },
    handler: async (request) => {
      const entries = await ledger.entriesForArtist(request.params.artistId, request.query.period, request.query.status);
      return { artistId: request.params.artistId, count: entries.length, entries };
    },
  },
  {
    method: 'GET',
    path: '/ledger/artists/{artistId}/summary',
    options: { validate: { params: artistParams } },
    handler: async (request, h) => {
      const entries = await ledger.entriesForArtist(request.params.artistId, request.query.period);
      return h.response(summaryPage(request.query.title || 'Ledger summary', entries)).type('text/html'); // VULN xss
    },
  },
  {
    method: 'POST',
    path: '/ledger/batches',
    options: { validate: { payload: Joi.object({ rail: Joi.string().required(), entryIds: Joi.array().items(Joi.number().integer()).min(1).max(5000) }) } },
    handler: async (request, h) => {
      const batch = await ledger.createPayoutBatch(request.auth.credentials.labelId, request.payload.rail, request.payload.entryIds);
      return h.response(batch).code(201);
    },
  },
  { method: 'GET', path: '/ledger/batches/{batchId}/transfers', handler: loadBatch },
  {
    method: 'POST',
    path: '/ledger/batches/{batchId}/submit',
    handler: async (request) => {
      const { batch, transfers } = await loadBatch(request);
      if (batch.status !== 'pending') throw Boom.conflict('batch already submitted');
      return bankClient.submitBatch(batch, transfers);
    },
  },
  {
    method: 'PUT',
    path: '/ledger/settings/import',
    options: { payload: { parse: false, output: 'data', maxBytes: 256 * 1024 } },
    handler: async (request) => {
      const { labelId, role } = request.auth.credentials;
      if (role !== 'label_admin') throw Boom.forbidden();
      let patch;
      try {
        patch = JSON.parse(request.payload.toString('utf8'));
      } catch (err) {
        throw Boom.badRequest('settings file is not valid JSON');
      }
      const next = deepMerge(await ledger.loadLabelSettings(labelId), patch);
      await ledger.saveLabelSettings(labelId, next);
      return next;
    },
  },
];
