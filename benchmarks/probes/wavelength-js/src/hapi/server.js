'use strict';

const Hapi = require('@hapi/hapi');
const Inert = require('@hapi/inert');
const Vision = require('@hapi/vision');
const nunjucks = require('nunjucks');
const config = require('../config');
const { env } = require('../lib/templates/renderer');
const { sessionCookieOptions } = require('./session');

const ALLOWED_ORIGINS = new Set([
  'https://wavelength.fm',
  'https://www.wavelength.fm',
  'https://dj.wavelength.fm',
]);

function setHeader(response, name, value) {
  if (response.isBoom) {
    response.output.headers[name] = value;
  } else {
    response.header(name, value);
  }
}

const corsPlugin = {
  name: 'wavelength-cors',
  version: '1.2.0',
  register(server) {
    server.ext('onPreResponse', (request, h) => {
      const origin = request.headers.origin;
      const response = request.response;
      if (!origin || !response) {
        return h.continue;
      }

      if (request.path.startsWith('/embed/')) {
        // Embeds are shown on partner sites and community blogs.
        setHeader(response, 'access-control-allow-origin', origin); // VULN cors
        setHeader(response, 'access-control-allow-credentials', 'true');
      } else if (ALLOWED_ORIGINS.has(origin)) {
        setHeader(response, 'access-control-allow-origin', origin); // SAFE cors
        setHeader(response, 'access-control-allow-credentials', 'true');
      }

      setHeader(response, 'vary', 'Origin');
      return h.continue;
    });
  },
};

async function createServer(broker) {
  const server = Hapi.server({
    host: config.hapi.host,
    port: config.hapi.port,
    routes: {
      security: { hsts: true, xframe: false, noSniff: true },
      files: { relativeTo: config.storage.mediaRoot },
    },
  });

  await server.register([Inert, Vision, corsPlugin]);

  server.views({
    engines: {
      njk: {
        compile(src, options) {
          const template = nunjucks.compile(src, env, options.filename);
          return (context) => template.render(context);
        },
        prepare(options, next) {
          options.compileOptions.filename = options.path;
          next();
        },
      },
    },
    relativeTo: config.views.nunjucksDir,
    path: '.',
    isCached: config.env !== 'development',
    context: { stationName: 'Wavelength', year: new Date().getFullYear() },
  });

  server.state(config.auth.cookieName, sessionCookieOptions);
  server.state('wl_return', { ttl: 10 * 60 * 1000, isSecure: config.env !== 'development', isHttpOnly: true, isSameSite: 'Lax', path: '/auth', encoding: 'none' });

  server.route([
    ...require('./routes/auth')(broker),
    ...require('./routes/pages')(broker),
    ...require('./routes/media')(broker),
    ...require('./routes/requests')(broker),
    ...require('./routes/library')(broker),
  ]);

  server.route({
    method: 'GET',
    path: '/static/{param*}',
    handler: { directory: { path: 'public', redirectToSlash: false, index: false } },
  });

  return server;
}

module.exports = { createServer };
