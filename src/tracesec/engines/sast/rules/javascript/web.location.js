const express = require('express');
const Fastify = require('fastify');

const app = express();

// a Location header set by hand redirects as res.redirect() does
app.get('/out', (req, res) => {
  // ruleid: trace.javascript.open-redirect.tainted-redirect
  res.setHeader('Location', req.query.next);
  res.statusCode = 302;
  res.end();
});

app.get('/out2', (req, res) => {
  // ruleid: trace.javascript.open-redirect.tainted-redirect
  res.set('location', req.query.next).sendStatus(302);
});

app.get('/out3', (req, res) => {
  // ruleid: trace.javascript.open-redirect.tainted-redirect
  res.writeHead(302, { Location: req.query.next });
  res.end();
});

app.get('/out4', (req, res) => {
  // a path of the site's own, and a header that is not Location
  // ok: trace.javascript.open-redirect.tainted-redirect
  res.writeHead(302, { Location: '/orders/' + encodeURIComponent(req.query.id) });
  // ok: trace.javascript.open-redirect.tainted-redirect
  res.setHeader('Content-Language', req.query.lang);
  res.end();
});

// the request's own URL on https: no target of the client's choosing
app.use((req, res, next) => {
  if (!req.secure) {
    // ok: trace.javascript.open-redirect.tainted-redirect
    return res.redirect(301, 'https://' + req.hostname + req.originalUrl);
  }
  next();
});

// Koa: ctx.set('Location', ...)
async function koaOut(ctx) {
  // ruleid: trace.javascript.open-redirect.tainted-redirect
  ctx.set('Location', ctx.query.next);
  ctx.status = 302;
}

// Fastify: the URL first and the status after it (from 4.28 on), or a header
const fastify = Fastify();
fastify.get('/out', async (request, reply) => {
  // ruleid: trace.javascript.open-redirect.tainted-redirect
  return reply.redirect(request.query.next, 303);
});
fastify.get('/out2', async (request, reply) => {
  // ruleid: trace.javascript.open-redirect.tainted-redirect
  return reply.header('Location', request.query.next).code(302).send();
});
fastify.get('/home', async (request, reply) => {
  // ok: trace.javascript.open-redirect.tainted-redirect
  return reply.redirect('/dashboard', 303);
});

module.exports = { app, koaOut, fastify };
