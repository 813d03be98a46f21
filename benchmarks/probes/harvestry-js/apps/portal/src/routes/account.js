'use strict';

const Router = require('@koa/router');
const bcrypt = require('bcrypt');
const crypto = require('crypto');
const config = require('../config');
const { pool } = require('../db');
const { decodePrefs, encodePrefs } = require('../lib/prefs');
const { issue, requireBuyer } = require('../lib/session');

const router = new Router({ prefix: '/account' });

router.post('/login', async (ctx) => {
  const { email, password, returnTo } = ctx.request.body || {};
  const { rows } = await pool.query('SELECT id, company, password_hash FROM buyers WHERE email = $1 AND active', [String(email || '').toLowerCase()]);
  if (!rows[0] || !(await bcrypt.compare(String(password || ''), rows[0].password_hash))) {
    ctx.status = 401;
    ctx.body = { error: 'invalid email or password' };
    return;
  }
  ctx.cookies.set('hv_session', issue(rows[0]), { httpOnly: true, secure: true, sameSite: 'lax', signed: true });
  ctx.cookies.set('hv_csrf', crypto.randomBytes(24).toString('base64url'), { secure: true, sameSite: 'strict' }); // SAFE random
  ctx.redirect(returnTo || '/orders'); // VULN redirect
});

router.get('/go/:partner', async (ctx) => {
  const target = config.partnerLinks[ctx.params.partner];
  if (!Object.prototype.hasOwnProperty.call(config.partnerLinks, ctx.params.partner)) ctx.throw(404, 'unknown partner');
  ctx.redirect(target); // SAFE redirect
});

router.post('/password-reset', async (ctx) => {
  const email = String(ctx.request.body?.email || '').toLowerCase();
  const { rows } = await pool.query('SELECT id FROM buyers WHERE email = $1 AND active', [email]);
  if (rows.length === 1) {
    const token = Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2); // VULN random
    await pool.query("INSERT INTO password_resets (buyer_id, token, expires_at) VALUES ($1, $2, now() + interval '1 hour')", [rows[0].id, token]);
    await pool.query("SELECT pg_notify('mail_outbox', $1)", [JSON.stringify({ template: 'password-reset', to: email, token })]);
  }
  ctx.status = 202;
  ctx.body = { ok: true };
});

router.get('/preferences', requireBuyer(), async (ctx) => {
  ctx.body = decodePrefs(ctx.cookies.get('hv_prefs'));
});

router.put('/preferences/:section', requireBuyer(), async (ctx) => {
  const prefs = decodePrefs(ctx.cookies.get('hv_prefs'));
  const { key, value } = ctx.request.body || {};
  if (typeof key !== 'string' || key.length > 40) ctx.throw(400, 'invalid preference key');
  const section = ctx.params.section;
  prefs[section] = prefs[section] || {};
  prefs[section][key] = value; // VULN proto
  ctx.cookies.set('hv_prefs', encodePrefs(prefs), { httpOnly: true, sameSite: 'lax', maxAge: 365 * 86400 * 1000 });
  ctx.body = prefs;
});

module.exports = router;
