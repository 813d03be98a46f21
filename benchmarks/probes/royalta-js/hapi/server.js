'use strict';

const Hapi = require('@hapi/hapi');
const config = require('./lib/config');
const { registerAuth } = require('./lib/auth');

const ALLOWED_ORIGINS = new Set(config.corsOrigins);

function setHeader(response, name, value) {
  if (response.isBoom) response.output.headers[name] = value;
  else response.header(name, value);
}

async function createServer() {
  const server = Hapi.server({ port: config.port, host: '0.0.0.0' });
  registerAuth(server);

  server.ext('onPreResponse', (request, h) => {
    const { origin } = request.headers;
    if (origin && ALLOWED_ORIGINS.has(origin)) {
      setHeader(request.response, 'access-control-allow-origin', origin); // SAFE cors
      setHeader(request.response, 'access-control-allow-credentials', 'true');
      setHeader(request.response, 'vary', 'Origin');
    }
    return h.continue;
  });

  server.route([...require('./lib/routes/portal'), ...require('./lib/routes/ledger'), ...require('./lib/routes/reconcile')]);
  return server;
}

if (require.main === module) {
  createServer()
    .then(async (server) => {
      await server.start();
      console.log(`royalta-ledger running at ${server.info.uri}`);
    })
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}

module.exports = { createServer };
