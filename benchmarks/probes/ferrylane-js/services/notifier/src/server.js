'use strict';

const { serve } = require('@hono/node-server');
const { Hono } = require('hono');
const { cors } = require('hono/cors');
const { getCookie } = require('hono/cookie');
const jwt = require('jsonwebtoken');
const config = require('./config');
const { readBrandAsset } = require('./lib/attachments');
const { connect } = require('./lib/models');
const boarding = require('./routes/boarding');
const notices = require('./routes/notices');

const app = new Hono();

app.use('*', cors({ origin: (origin) => (config.allowedOrigins.includes(origin) ? origin : null), credentials: true, allowMethods: ['GET', 'POST'] })); // SAFE cors

async function requireCrew(c, next) {
  const header = c.req.header('authorization') || '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : getCookie(c, 'fl_session');
  if (!token) {
    return c.json({ error: 'unauthorized' }, 401);
  }
  try {
    const claims = jwt.verify(token, config.jwtSecret, { algorithms: ['HS256'], audience: 'ferrylane-api' }); // SAFE jwt
    const roles = Array.isArray(claims.roles) ? claims.roles : [];
    if (!roles.some((r) => ['crew', 'purser', 'dispatcher', 'admin'].includes(r))) {
      return c.json({ error: 'forbidden' }, 403);
    }
    c.set('user', { id: claims.sub, email: claims.email, roles });
  } catch {
    return c.json({ error: 'unauthorized' }, 401);
  }
  return next();
}

app.get('/healthz', (c) => c.json({ ok: true }));

app.get('/brand/:asset', async (c) => {
  const asset = await readBrandAsset(c.req.param('asset'));
  if (!asset) {
    return c.notFound();
  }
  return c.body(asset.body, 200, { 'content-type': asset.type, 'cache-control': 'public, max-age=86400' });
});

app.use('/notices/*', requireCrew);
app.route('/notices', notices);
app.route('/kiosk', boarding);

app.onError((err, c) => {
  console.error('notifier error', err);
  return c.json({ error: 'internal_error' }, 500);
});

connect(config.mongoUrl)
  .then(() => {
    serve({ fetch: app.fetch, port: config.port }, (info) => {
      console.log(`notifier listening on ${info.port}`);
    });
  })
  .catch((err) => {
    console.error('failed to start notifier', err);
    process.exit(1);
  });

module.exports = app;
