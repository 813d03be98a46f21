'use strict';

const Boom = require('@hapi/boom');
const { fetchPartnerEmbed, lookupRecording } = require('../../lib/http/metadataClient');
const { requireRole } = require('../session');

function toBoom(err) {
  if (err && err.code && err.code >= 400 && err.code < 500) {
    return new Boom.Boom(err.message, { statusCode: err.code });
  }
  return err;
}

module.exports = (broker) => [
  {
    method: 'POST',
    path: '/api/requests',
    options: { payload: { maxBytes: 16 * 1024 } },
    handler: async (request, h) => {
      try {
        const result = await broker.call('requests.submit', request.payload || {});
        return h.response(result).code(201);
      } catch (err) {
        throw toBoom(err);
      }
    },
  },
  {
    method: 'GET',
    path: '/api/requests/{showSlug}',
    handler: async (request) => {
      requireRole(request, 'dj', 'admin');
      return broker.call('requests.list', {
        showSlug: request.params.showSlug,
        status: request.query.status,
        limit: request.query.limit || 50,
      });
    },
  },
  {
    method: 'GET',
    path: '/requests/confirm/{code}',
    handler: async (request, h) => {
      let result;
      try {
        result = await broker.call('requests.confirm', { code: request.params.code });
      } catch (err) {
        throw toBoom(err);
      }
      return h.redirect(result.redirectTo); // VULN redirect
    },
  },
  {
    method: 'POST',
    path: '/api/requests/{code}/played',
    handler: async (request) => {
      const user = requireRole(request, 'dj', 'admin');
      return broker.call('requests.markPlayed', { code: request.params.code, staffId: user.id });
    },
  },
  {
    method: 'GET',
    path: '/api/embeds/partner',
    handler: async (request) => {
      const url = String(request.query.url || '');
      try {
        return await fetchPartnerEmbed(url);
      } catch (err) {
        throw Boom.badGateway('Partner embed unavailable');
      }
    },
  },
  {
    method: 'GET',
    path: '/api/lookup',
    handler: async (request) => {
      const { artist, title } = request.query;
      if (!artist || !title) {
        throw Boom.badRequest('artist and title are required');
      }
      return lookupRecording(String(artist).slice(0, 120), String(title).slice(0, 120));
    },
  },
  {
    method: 'GET',
    path: '/api/staff',
    handler: async (request) => {
      requireRole(request, 'dj', 'admin');
      const q = String(request.query.q || '');
      if (q.length < 2) {
        return [];
      }
      if (q.includes('@')) {
        return broker.call('staff.byEmail', { email: q });
      }
      return broker.call('staff.search', { q });
    },
  },
];
