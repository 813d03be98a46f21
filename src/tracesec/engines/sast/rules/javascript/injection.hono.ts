import { Hono } from 'hono';
import { getCookie, getSignedCookie } from 'hono/cookie';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { exec } from 'node:child_process';
import { db } from './db';

const app = new Hono();

// Hono: the request path, the validated input and the cookie helpers
app.get('/files/*', (c) => {
  // ruleid: trace.javascript.command-injection.tainted-shell-command
  exec(`ls -l /srv${c.req.path}`);
  return c.text('ok');
});

app.get('/search', zValidator('query', z.object({ q: z.string() })), async (c) => {
  const { q } = c.req.valid('query');
  // ruleid: trace.javascript.sql-injection.tainted-query
  const rows = await db.query(`SELECT * FROM notes WHERE body LIKE '%${q}%'`);
  return c.json(rows);
});

app.get('/prefs', async (c) => {
  // ruleid: trace.javascript.sql-injection.tainted-query
  await db.query(`SELECT * FROM prefs WHERE theme = '${getCookie(c, 'theme')}'`);
  // ruleid: trace.javascript.sql-injection.tainted-query
  await db.query(`SELECT * FROM prefs WHERE owner = '${await getSignedCookie(c, 'secret', 'owner')}'`);
  // ok: trace.javascript.sql-injection.tainted-query
  await db.query(`SELECT * FROM prefs WHERE size = ${Number(getCookie(c, 'size'))}`);
  return c.text('ok');
});

// a browser-side helper of the same name reads document.cookie
function getCookie(name: string): string {
  return document.cookie.split('; ').find((p) => p.startsWith(name + '='))?.split('=')[1] ?? '';
}

export function nightly() {
  // ok: trace.javascript.sql-injection.tainted-query
  return db.query(`SELECT * FROM prefs WHERE theme = '${getCookie('theme')}'`);
}

export default app;
