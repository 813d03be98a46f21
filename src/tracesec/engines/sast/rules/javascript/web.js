const express = require('express');
const KoaRouter = require('koa-router');
const fs = require('fs');
const path = require('path');
const axios = require('axios');
const got = require('got');
const pug = require('pug');
const escapeHtml = require('escape-html');

const app = express();
const ALLOWED = ['/home', '/account'];

app.get('/hello', (req, res) => {
  // ruleid: trace.javascript.xss.tainted-response
  res.send('<h1>' + req.query.name + '</h1>');
});

app.get('/hello2', (req, res) => {
  // ok: trace.javascript.xss.tainted-response
  res.send('<h1>' + escapeHtml(req.query.name) + '</h1>');
});

app.get('/hello3', (req, res) => {
  // ok: trace.javascript.xss.tainted-response
  res.json({ name: req.query.name });
});

app.get('/missing', (req, res) => {
  const ref = req.query.ref || 'widget';
  // ruleid: trace.javascript.xss.tainted-response
  res.status(404).send(`<p>No event for ${ref}</p>`);
});

app.get('/embed', (req, res) => {
  // ruleid: trace.javascript.xss.tainted-response
  res.type('html').send(`<a href="/e?ref=${req.query.ref}">Buy tickets</a>`);
});

app.get('/greeting', (req, res) => {
  const who = store.escapeHtml(req.query.name || 'guest');
  // ok: trace.javascript.xss.tainted-response
  res.type('html').send(`<div class="greeting">Welcome back, ${who}</div>`);
});

app.get('/missing-json', (req, res) => {
  // ok: trace.javascript.xss.tainted-response
  res.status(404).send({ missing: req.query.ref });
});

app.get('/missing-text', (req, res) => {
  res.type('text');
  // ok: trace.javascript.xss.tainted-response
  res.status(404).send(`No event for ${req.query.ref}`);
});

app.get('/hello4', (req, res) => {
  // ok: trace.javascript.xss.tainted-response
  res.render('hello', { name: req.query.name });
});

app.get('/events', (req, res) => {
  res.setHeader('Content-Type', 'text/event-stream');
  // ok: trace.javascript.xss.tainted-response
  res.write(`data: ${JSON.stringify({ topic: req.query.topic })}\n\n`);
});

app.get('/notes.txt', (req, res) => {
  res.type('text');
  // ok: trace.javascript.xss.tainted-response
  res.send('note: ' + req.query.note);
});

app.get('/page', (req, res) => {
  res.setHeader('Content-Type', 'text/html');
  // ruleid: trace.javascript.xss.tainted-response
  res.write('<p>' + req.query.note + '</p>');
});

function showHash() {
  const el = document.getElementById('msg');
  // ruleid: trace.javascript.xss.dom-sink
  el.innerHTML = decodeURIComponent(location.hash.slice(1));
  // ok: trace.javascript.xss.dom-sink
  el.textContent = location.hash.slice(1);
  // ok: trace.javascript.xss.dom-sink
  el.innerHTML = DOMPurify.sanitize(location.hash.slice(1));
}

class SearchResult {
  constructor(sanitizer) { this.sanitizer = sanitizer; }
  show(queryParam) {
    // ruleid: trace.javascript.xss.angular-bypass-sanitizer
    this.searchValue = this.sanitizer.bypassSecurityTrustHtml(queryParam);
    // ok: trace.javascript.xss.angular-bypass-sanitizer
    this.banner = this.sanitizer.bypassSecurityTrustHtml('<b>Welcome</b>');
  }
}

app.get('/file', (req, res) => {
  // ruleid: trace.javascript.path-traversal.tainted-file-path
  fs.readFile(path.join(__dirname, 'files', req.query.name), (err, data) => res.send(data));
  // ruleid: trace.javascript.path-traversal.tainted-file-path
  res.sendFile('/srv/files/' + req.params.file);
  // ok: trace.javascript.path-traversal.tainted-file-path
  fs.readFile(path.join(__dirname, 'files', path.basename(req.query.name)), () => {});
  // ok: trace.javascript.path-traversal.tainted-file-path
  fs.readFile(path.join(__dirname, 'files', req.query.name.replace(/[^\w.-]/g, '_')), () => {});
  // ruleid: trace.javascript.path-traversal.tainted-file-path
  fs.readFile(path.join(__dirname, 'files', req.query.name.replace(/[^\w./-]/g, '_')), () => {});
  // ok: trace.javascript.path-traversal.tainted-file-path
  res.sendFile(req.params.file, { root: '/srv/files' });
});

app.get('/proxy', async (req, res) => {
  // ruleid: trace.javascript.ssrf.tainted-url
  const r = await axios.get(req.query.url);
  // ruleid: trace.javascript.ssrf.tainted-url
  const r2 = await fetch(req.body.imageUrl);
  // ok: trace.javascript.ssrf.tainted-url
  const r3 = await axios.get('https://api.example.com/items/' + req.query.id);
  // ok: trace.javascript.ssrf.tainted-url
  const r4 = await fetch(`https://api.example.com/users/${req.query.id}`);
  res.json([r.data, r2.status, r3.data, r4.status]);
});

app.get('/go', (req, res) => {
  // ruleid: trace.javascript.open-redirect.tainted-redirect
  res.redirect(req.query.next);
});

app.get('/after-login', (req, res) => {
  // ok: trace.javascript.open-redirect.tainted-redirect
  res.redirect(safeReturnPath(req.query.returnTo));
  // ruleid: trace.javascript.open-redirect.tainted-redirect
  res.redirect(normalisePath(req.query.returnTo));
});

app.get('/go2', (req, res) => {
  const next = req.query.next;
  if (ALLOWED.includes(next)) {
    // ok: trace.javascript.open-redirect.tainted-redirect
    return res.redirect(next);
  }
  // ok: trace.javascript.open-redirect.tainted-redirect
  res.redirect('/home');
});

app.get('/go4', (req, res) => {
  const next = req.query.next;
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//')) {
    return res.redirect('/');
  }
  // ok: trace.javascript.open-redirect.tainted-redirect
  res.redirect(next);
});

app.get('/go5', (req, res) => {
  const next = req.query.next;
  // a leading "/" alone lets "//evil.example" through
  if (!next.startsWith('/')) {
    return res.redirect('/');
  }
  // ruleid: trace.javascript.open-redirect.tainted-redirect
  res.redirect(next);
  const back = req.query.back;
  if (back.startsWith('/') && !back.startsWith('//')) {
    // ok: trace.javascript.open-redirect.tainted-redirect
    res.redirect(back);
  }
  const other = req.query.other;
  if (other.startsWith('/') || !other.startsWith('//')) {
    // ruleid: trace.javascript.open-redirect.tainted-redirect
    res.redirect(other);
  }
});

app.get('/go3', (req, res) => {
  const next = req.query.to;
  if (next.includes('example.com')) {
    // ruleid: trace.javascript.open-redirect.tainted-redirect
    res.redirect(next);
  }
});

const SAFE_NAME = /^[a-z0-9_-]+\.txt$/;
const HOSTS = new Set(['api.example.com']);

app.get('/guarded-file', (req, res) => {
  const name = req.query.name;
  if (!SAFE_NAME.test(name)) {
    return res.status(400).send('bad name');
  }
  // ok: trace.javascript.path-traversal.tainted-file-path
  fs.readFile(path.join('/srv/files', name), (err, data) => res.json({ size: data.length }));
});

app.get('/logged-file', (req, res) => {
  const name = req.query.name;
  if (!SAFE_NAME.test(name)) {
    console.warn('odd name', name);
  }
  // ruleid: trace.javascript.path-traversal.tainted-file-path
  fs.readFile(path.join('/srv/files', name), (err, data) => res.json({ size: data.length }));
});

app.get('/guarded-fetch', async (req, res) => {
  const url = req.query.url;
  if (!HOSTS.has(new URL(url).hostname)) {
    return res.status(400).end();
  }
  // ok: trace.javascript.ssrf.tainted-url
  const r = await axios.get(url);
  res.json(r.data);
});

app.get('/guarded-next', (req, res) => {
  const next = req.query.next;
  if (!ALLOWED.includes(next)) throw new Error('bad next');
  // ok: trace.javascript.open-redirect.tainted-redirect
  res.redirect(next);
});

app.get('/parsed-fetch', async (req, res) => {
  const target = new URL(req.query.url);
  if (!HOSTS.has(target.hostname)) {
    return res.status(400).end();
  }
  // ok: trace.javascript.ssrf.tainted-url
  const r = await axios.get(target.toString());
  const other = new URL(req.query.other);
  // ruleid: trace.javascript.ssrf.tainted-url
  await axios.get(other.href);
  const loose = new URL(req.query.loose);
  if (!loose.hostname.includes('example.com')) {
    return res.status(400).end();
  }
  // ruleid: trace.javascript.ssrf.tainted-url
  await axios.get(loose.href);
  res.json(r.data);
});

app.get('/parsed-next', (req, res) => {
  const back = new URL(req.query.back, 'https://shop.example.com');
  if (back.origin !== 'https://shop.example.com') throw new Error('bad back');
  // ok: trace.javascript.open-redirect.tainted-redirect
  res.redirect(back.href);
});

app.get('/reset-next', (req, res) => {
  let next = req.query.next;
  if (!ALLOWED.includes(next)) {
    next = '/home';
  }
  // ok: trace.javascript.open-redirect.tainted-redirect
  res.redirect(next);
  let back = req.query.back;
  if (!back) back = '/home';
  // ruleid: trace.javascript.open-redirect.tainted-redirect
  res.redirect(back);
});

app.get('/contained/:name', (req, res) => {
  const base = '/srv/files';
  const full = path.resolve(base, req.params.name);
  if (!full.startsWith(base + path.sep)) {
    return res.status(400).end();
  }
  // ok: trace.javascript.path-traversal.tainted-file-path
  fs.readFile(full, (err, data) => res.json({ size: data.length }));
  const joined = path.join(base, req.query.other);
  if (!joined.startsWith(base)) throw new Error('outside');
  // ok: trace.javascript.path-traversal.tainted-file-path
  fs.readFileSync(joined);
  // a prefix check on a path never normalised lets "../" through
  const raw = base + '/' + req.query.raw;
  if (!raw.startsWith(base)) {
    return res.status(400).end();
  }
  // ruleid: trace.javascript.path-traversal.tainted-file-path
  fs.readFileSync(raw);
  const unchecked = path.resolve(base, req.query.unchecked);
  if (!unchecked.startsWith(base)) {
    console.log('outside', unchecked);
  }
  // ruleid: trace.javascript.path-traversal.tainted-file-path
  fs.readFileSync(unchecked);
  // the base directory itself, or a path below it
  const within = path.resolve(base, req.query.within);
  if (within !== base && !within.startsWith(base + path.sep)) {
    throw new Error('outside');
  }
  // ok: trace.javascript.path-traversal.tainted-file-path
  fs.readFileSync(within);
  // either half alone lets the path through
  const either = path.resolve(base, req.query.either);
  if (either.endsWith('.pdf') && !either.startsWith(base + path.sep)) {
    throw new Error('outside');
  }
  // ruleid: trace.javascript.path-traversal.tainted-file-path
  fs.readFileSync(either);
});

app.post('/covers/:trackId', async (req, res) => {
  const base = '/srv/covers';
  const target = path.join(base, req.params.trackId, 'cover.jpg');
  // a check after the write comes too late
  // ruleid: trace.javascript.path-traversal.tainted-file-path
  await fs.promises.writeFile(target, req.body.image);
  if (!target.startsWith(base + path.sep)) {
    throw new Error('outside the covers');
  }
  // ok: trace.javascript.path-traversal.tainted-file-path
  await fs.promises.readFile(target);
  res.status(201).end();
});

app.get('/old-path', (req, res) => {
  // ok: trace.javascript.open-redirect.tainted-redirect
  res.redirect(301, '/v2' + req.url);
  // ok: trace.javascript.open-redirect.tainted-redirect
  res.redirect(req.url);
});

// Koa: a string body starting with "<", or after ctx.type = 'html', is sent as HTML
const koaRouter = new KoaRouter();
koaRouter.get('/customers/search', async (ctx) => {
  const q = String(ctx.query.q || '');
  if (!q) {
    ctx.type = 'html';
    // ruleid: trace.javascript.xss.tainted-response
    ctx.body = `<p class="empty">No customers named <b>${q}</b></p>`;
    return;
  }
  // ok: trace.javascript.xss.tainted-response
  ctx.body = { query: q };
});
koaRouter.get('/hello', async (ctx) => {
  // ruleid: trace.javascript.xss.tainted-response
  ctx.body = '<h1>Hello ' + ctx.query.name + '</h1>';
});
koaRouter.get('/hello.txt', async (ctx) => {
  // ok: trace.javascript.xss.tainted-response
  ctx.body = 'Hello ' + ctx.query.name;
});

// a client instance: one bound to a base URL takes paths on that host
const partnerClient = got.extend({ https: { rejectUnauthorized: true }, timeout: 10000 });
const ratesApi = axios.create({ baseURL: 'https://rates.acme.example/v2' });
const CARRIER_RATE_URLS = new Map([['dhl', 'https://api.dhl.example/rates']]);
const POST_LOGIN = new Map([['orders', '/account/orders']]);
koaRouter.get('/partners/health', async (ctx) => {
  // ruleid: trace.javascript.ssrf.tainted-url
  const health = await partnerClient.get(ctx.query.endpoint);
  // ok: trace.javascript.ssrf.tainted-url
  const rates = await ratesApi.get(ctx.query.path);
  const endpoint = CARRIER_RATE_URLS.get(ctx.query.carrier);
  if (!endpoint) {
    ctx.throw(400, 'unsupported carrier');
  }
  // ok: trace.javascript.ssrf.tainted-url
  const quote = await axios.post(endpoint, {});
  ctx.body = { health: health.statusCode, rates: rates.data, quote: quote.data };
});
app.post('/login', (req, res) => {
  // ok: trace.javascript.open-redirect.tainted-redirect
  return res.redirect(POST_LOGIN.get(req.query.next) || '/account');
});
app.post('/login2', (req, res) => {
  // ok: trace.javascript.open-redirect.tainted-redirect
  return res.redirect(_LANDING_PAGES[req.query.next] || '/account');
});
koaRouter.get('/orders/:id/packing-slip', (ctx) => {
  ctx.type = 'html';
  // ok: trace.javascript.xss.tainted-response
  ctx.body = pug.renderFile('templates/packing-slip.pug', { recipient: ctx.query.recipient });
});
// what a template renderer of the project returns (its templates escape)
koaRouter.get('/boats', (ctx) => {
  ctx.type = 'html';
  // ok: trace.javascript.xss.tainted-response
  ctx.body = renderPage('boats/list', { q: ctx.query.q });
});
app.get('/boats/card', async (req, res) => {
  // ok: trace.javascript.xss.tainted-response
  res.send(await views.renderCard({ name: req.query.name }));
  // ruleid: trace.javascript.xss.tainted-response
  res.send(formatCard(req.query.name));
});
const THEMES = new Set(['light', 'dark']);
app.get('/theme.css', (req, res) => {
  const theme = typeof req.query.theme === 'string' && THEMES.has(req.query.theme) ? req.query.theme : 'light';
  // ok: trace.javascript.path-traversal.tainted-file-path
  const css = fs.readFileSync(path.join('themes', `${theme}.css`), 'utf8');
  const other = THEMES.has(req.query.theme) ? req.query.fallback : 'light';
  // ruleid: trace.javascript.path-traversal.tainted-file-path
  const fallback = fs.readFileSync(path.join('themes', `${other}.css`), 'utf8');
  res.json({ css: css.length, fallback: fallback.length });
});

app.get('/notice', (req, res) => {
  const { ward = 'A', message = '' } = req.query;
  // ruleid: trace.javascript.xss.tainted-response
  res.send(`<section><h2>Ward ${ward}</h2><p>${message}</p></section>`);
  // ok: trace.javascript.xss.tainted-response
  res.send(`<section><h2>Ward ${escapeHtml(ward)}</h2></section>`);
});

fastify.get('/roster/notice', async (request, reply) => {
  const { ward, message } = request.query;
  // ruleid: trace.javascript.xss.tainted-response
  return reply.type('text/html').send(`<section><h2>Ward ${ward}</h2><p>${message}</p></section>`);
});
fastify.get('/roster/notice2', async (request, reply) => {
  reply.header('Content-Type', 'text/html; charset=utf-8');
  // ruleid: trace.javascript.xss.tainted-response
  return reply.send('<p>' + request.query.message + '</p>');
});
fastify.get('/roster/plain', async (request, reply) => {
  // ok: trace.javascript.xss.tainted-response
  return reply.send('Ward ' + request.query.ward);
});
fastify.get('/roster/json', async (request, reply) => {
  // ok: trace.javascript.xss.tainted-response
  return reply.type('application/json').send(JSON.stringify({ ward: request.query.ward }));
});

app.post('/bundles/import', async (req, res) => {
  const root = path.resolve('/srv/bundles');
  for (const name of req.body.names) {
    const outPath = path.resolve(root, name);
    if (name.endsWith('/') || !outPath.startsWith(root + path.sep)) {
      continue;
    }
    // ok: trace.javascript.path-traversal.tainted-file-path
    fs.writeFileSync(outPath, req.body.content);
  }
  for (const name of req.body.names) {
    const outPath = path.resolve(root, name);
    if (req.body.strict && !outPath.startsWith(root + path.sep)) continue;
    // ruleid: trace.javascript.path-traversal.tainted-file-path
    fs.writeFileSync(outPath, req.body.content);
  }
  res.sendStatus(204);
});

// hapi: the route's payload is request data; a response typed as HTML is a page
const hapiRoutes = [
  {
    method: 'POST',
    path: '/ledger/summary',
    handler: (request, h) => {
      const title = request.payload.title;
      // ruleid: trace.javascript.xss.tainted-response
      return h.response(`<h1>${title}</h1>`).type('text/html');
    },
  },
  {
    method: 'POST',
    path: '/ledger/summary.json',
    handler: (request, h) => {
      // ok: trace.javascript.xss.tainted-response
      return h.response({ title: request.payload.title }).type('application/json');
    },
  },
];
