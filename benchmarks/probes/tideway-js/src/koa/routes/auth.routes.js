'use strict';

const Router = require('@koa/router');
const { authService } = require('../../services/auth.service');
const { requireRole } = require('../middleware/auth');
const { safeReturnPath, looksRelative, DEFAULT_RETURN } = require('../../lib/guards');
const config = require('../../config');

const router = new Router();

router.post('/login', async (ctx) => {
  const { email, password } = ctx.request.body;
  const { token } = await authService.login(email, password);
  ctx.cookies.set('tw_session', token, { httpOnly: true, sameSite: 'lax', secure: config.env === 'production' });
  const next = ctx.query.next;
  if (ctx.accepts('html', 'json') === 'json') {
    ctx.body = { token };
    return;
  }
  ctx.redirect(looksRelative(next) ? next : DEFAULT_RETURN); // VULN redirect
});

router.get('/logout', async (ctx) => {
  ctx.cookies.set('tw_session', null);
  ctx.redirect(safeReturnPath(ctx.query.next)); // SAFE redirect
});

router.post('/password-reset/request', async (ctx) => {
  const result = await authService.requestReset(ctx.request.body.email);
  if (result) {
    const link = `${config.publicBaseUrl}/password-reset?token=${encodeURIComponent(result.token)}`;
    console.info(`[mail] reset link queued for ${result.member.email}: ${link.length} chars`);
  }
  ctx.status = 202;
  ctx.body = { ok: true };
});

router.post('/password-reset/confirm', async (ctx) => {
  await authService.completeReset(ctx.request.body);
  ctx.body = { ok: true };
});

router.post('/coaches/:email/kiosk-credential', requireRole('captain'), async (ctx) => {
  const { password } = ctx.request.body;
  if (typeof password !== 'string' || password.length < 6) ctx.throw(400, 'password too short');
  ctx.body = authService.coachKioskCredential(ctx.params.email, password);
});

module.exports = router;
