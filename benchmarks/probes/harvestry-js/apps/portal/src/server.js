'use strict';

const Koa = require('koa');
const { koaBody } = require('koa-body');
const config = require('./config');
const db = require('./db');

const app = new Koa();
app.keys = config.cookieKeys;
app.proxy = true;

const ALLOWED_ORIGINS = new Set(config.allowedOrigins);

app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500;
    ctx.body = { error: ctx.status < 500 ? err.message : 'internal error' };
    if (ctx.status >= 500) console.error(`[portal] ${ctx.method} ${ctx.path}`, err);
  }
});

app.use(async (ctx, next) => {
  const origin = ctx.get('Origin');
  if (origin && ALLOWED_ORIGINS.has(origin)) {
    ctx.set('Access-Control-Allow-Origin', origin); // SAFE cors
    ctx.set('Access-Control-Allow-Credentials', 'true');
    ctx.vary('Origin');
  }
  if (ctx.method === 'OPTIONS') {
    ctx.status = 204;
    return;
  }
  await next();
});

app.use(koaBody({ multipart: true, jsonLimit: '1mb', formidable: { maxFileSize: 50 * 1024 * 1024 } }));

for (const name of ['account', 'orders', 'exports', 'tools']) {
  const router = require(`./routes/${name}`);
  app.use(router.routes()).use(router.allowedMethods());
}

if (require.main === module) {
  db.connect()
    .then(() => app.listen(config.port, () => console.log(`[portal] listening on :${config.port}`)))
    .catch((err) => {
      console.error('[portal] failed to start', err);
      process.exit(1);
    });
}

module.exports = app;
