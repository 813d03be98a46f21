'use strict';

const path = require('path');
const Koa = require('koa');
const cors = require('@koa/cors');
const { koaBody } = require('koa-body');
const mongoose = require('mongoose');
const nunjucks = require('nunjucks');
const config = require('./config');
const { sessionMiddleware } = require('./middleware/auth');

const app = new Koa();
const views = nunjucks.configure(path.join(__dirname, 'views'), { autoescape: true });
views.addFilter('money', (cents, currency = 'EUR') => new Intl.NumberFormat('en-IE', { style: 'currency', currency }).format(cents / 100));
app.context.render = function render(template, locals) {
  this.type = 'html';
  this.body = views.render(template, locals);
};

const allowedOrigins = new Set(config.allowedOrigins);
app.use(cors({
  origin: (ctx) => (allowedOrigins.has(ctx.get('Origin')) ? ctx.get('Origin') : ''), // SAFE cors
  credentials: true,
}));
app.use(koaBody({ multipart: true, text: true, includeUnparsed: true, formidable: { maxFileSize: 50 * 1024 * 1024 } }));
app.use(sessionMiddleware);

for (const name of ['invoices', 'reports', 'imports', 'access', 'payments', 'portal', 'members']) {
  const router = require(`./routes/${name}`);
  app.use(router.routes()).use(router.allowedMethods());
}

if (require.main === module) {
  mongoose.connect(config.mongoUrl).then(() => app.listen(config.port));
}

module.exports = app;
