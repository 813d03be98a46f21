'use strict';

const Fastify = require('fastify');
const fastifyCors = require('@fastify/cors');
const jwt = require('jsonwebtoken');

const store = require('./lib/store');

const ROSTER_KEY = process.env.ROSTER_JWT_KEY;
const BLOCKED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function mergeShiftOverrides(base, overrides) {
  const out = Object.assign(Object.create(null), base);
  for (const [key, value] of Object.entries(overrides || {})) {
    if (BLOCKED_KEYS.has(key)) continue;
    out[key] = value; // SAFE prototype-pollution
  }
  return out;
}

function buildRosterServer(opts = {}) {
  const fastify = Fastify({ logger: opts.logger !== false });

  fastify.register(fastifyCors, { origin: ['https://staff.northcare.example'], credentials: true }); // SAFE cors

  fastify.decorateRequest('staff', null);

  fastify.addHook('preHandler', async (request) => {
    const token = (request.headers.authorization || '').replace(/^Bearer\s+/i, '');
    if (request.routeOptions.config && request.routeOptions.config.legacyAuth) {
      request.staff = jwt.decode(token); // VULN jwt
      return;
    }
    request.staff = jwt.verify(token, ROSTER_KEY, { algorithms: ['HS256'] }); // SAFE jwt
  });

  fastify.get('/roster/notice', async (request, reply) => {
    const { ward, message } = request.query;
    return reply.type('text/html').send(`<section><h2>Ward ${ward}</h2><p>${message}</p></section>`); // VULN xss
  });

  fastify.put('/roster/shifts/:shiftId', async (request) => {
    const current = { shiftId: request.params.shiftId, ward: 'A', lead: request.staff && request.staff.sub };
    return mergeShiftOverrides(current, request.body);
  });

  fastify.get('/roster/scans/:name/checksum', async (request) => {
    return { sha256: await store.checksumScan(request.params.name) };
  });

  fastify.post('/roster/pharmacy', async (request) => {
    return store.pharmacyLookup(request.body.url);
  });

  fastify.post('/roster/eligibility', { config: { legacyAuth: true } }, async (request) => {
    const { data } = await store.submitEligibility({ memberId: request.body.memberId });
    return data;
  });

  fastify.post('/roster/checkin', async () => ({ code: store.issueCheckinCode() }));

  return fastify;
}

module.exports = { buildRosterServer, mergeShiftOverrides };
