import { Hono } from 'hono';
import { html } from 'hono/html';

const app = new Hono();

// Hono: c.html() sends HTML; c.redirect(url, status) and c.header('Location', ...) redirect
app.get('/greet', (c) => {
  const name = c.req.query('name');
  // ruleid: trace.javascript.xss.tainted-response
  return c.html(`<h1>Hello ${name}</h1>`);
});

app.get('/greet2', (c) => {
  const name = c.req.query('name');
  // hono/html's html`...` escapes what it interpolates
  // ok: trace.javascript.xss.tainted-response
  return c.html(html`<h1>Hello ${name}</h1>`);
});

app.get('/card', (c) => {
  const name = c.req.query('name');
  const card = html`<div class="card">${name}</div>`;
  // ok: trace.javascript.xss.tainted-response
  return c.html(card);
});

app.get('/greet3', (c) => {
  const name = c.req.query('name');
  // ok: trace.javascript.xss.tainted-response
  return c.text(`Hello ${name}`);
});

app.get('/out', (c) => {
  // ruleid: trace.javascript.open-redirect.tainted-redirect
  return c.redirect(c.req.query('next') ?? '/', 301);
});

app.get('/out2', (c) => {
  // ruleid: trace.javascript.open-redirect.tainted-redirect
  c.header('Location', c.req.query('next'));
  return c.body(null, 302);
});

app.get('/home', (c) => {
  // ok: trace.javascript.open-redirect.tainted-redirect
  return c.redirect('/dashboard', 301);
});

export default app;
