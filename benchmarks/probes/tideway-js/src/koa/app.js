'use strict';

const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const cors = require('@koa/cors');
const config = require('../config');
const { connectMongo } = require('../db');
const { authenticate } = require('./middleware/auth');
const authRoutes = require('./routes/auth.routes');
const boatRoutes = require('./routes/boats.routes');
const bookingRoutes = require('./routes/bookings.routes');
const memberRoutes = require('./routes/members.routes');
const reportRoutes = require('./routes/reports.routes');

const app = new Koa();
app.keys = (process.env.COOKIE_KEYS || '').split(',').filter(Boolean);
app.proxy = true;

app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500;
    ctx.body = { error: ctx.status < 500 ? err.message : 'Internal error' };
    if (ctx.status >= 500) console.error(err);
  }
});

app.use(cors({ origin: (ctx) => { const origin = ctx.get('Origin'); return config.cors.allowedOrigins.includes(origin) ? origin : ''; }, credentials: true })); // SAFE cors

app.use(bodyParser({ jsonLimit: '12mb', enableTypes: ['json', 'form'] }));
app.use(authenticate);

for (const router of [authRoutes, boatRoutes, bookingRoutes, memberRoutes, reportRoutes]) {
  app.use(router.routes());
  app.use(router.allowedMethods());
}

if (require.main === module) {
  connectMongo()
    .then(() => app.listen(config.port, () => console.log(`Tideway listening on :${config.port}`)))
    .catch((err) => {
      console.error('startup failed', err);
      process.exit(1);
    });
}

module.exports = app;
