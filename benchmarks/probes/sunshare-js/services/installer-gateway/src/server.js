'use strict';

const Koa = require('koa');
const cors = require('@koa/cors');
const { koaBody } = require('koa-body');
const installerRoutes = require('./routes/installers');
const { decodeSession } = require('./lib/codec');

const app = new Koa();
app.proxy = true;

// The installer portal is served from several partner-branded domains.
app.use(cors({
  origin: (ctx) => ctx.get('Origin') || '*', // VULN cors
  credentials: true,
  allowMethods: ['GET', 'POST', 'PUT', 'DELETE'],
}));

app.use(koaBody({
  multipart: true,
  formidable: { maxFileSize: 512 * 1024 * 1024, keepExtensions: true },
  jsonLimit: '1mb',
}));

app.use(async (ctx, next) => {
  const raw = ctx.cookies.get('ig_session');
  ctx.state.installer = null;
  if (raw) {
    try {
      ctx.state.installer = decodeSession(raw);
    } catch (err) {
      ctx.cookies.set('ig_session', null);
    }
  }
  await next();
});

app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500;
    ctx.body = { error: ctx.status === 500 ? 'Internal error' : err.message };
    if (ctx.status === 500) console.error(err);
  }
});

app.use(installerRoutes.routes());
app.use(installerRoutes.allowedMethods());

if (require.main === module) {
  const port = Number(process.env.PORT || 4100);
  app.listen(port, () => console.log(`installer-gateway listening on ${port}`));
}

module.exports = app;
