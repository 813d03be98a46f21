'use strict';

const Router = require('@koa/router');
const portalUsers = require('../services/portalUsers');
const { deepAssign } = require('../lib/objects');
const { requireUser } = require('../middleware/auth');

const router = new Router({ prefix: '/portal' });

router.post('/accounts', async (ctx) => {
  const { email, password, companyName } = ctx.request.body;
  if (!email || !password || password.length < 10) ctx.throw(400, 'email and a password of 10+ characters are required');
  ctx.status = 201;
  ctx.body = await portalUsers.createAccount({ email, password, companyName });
});

router.patch('/accounts/:id/billing-profile', requireUser, async (ctx) => {
  if (String(ctx.state.user.portalAccountId) !== ctx.params.id) ctx.throw(403, 'not your account');
  const current = (await portalUsers.getBillingProfile(ctx.params.id)) || ctx.throw(404, 'account not found');
  const updated = deepAssign(current, ctx.request.body);
  await portalUsers.saveBillingProfile(ctx.params.id, updated);
  ctx.body = updated;
});

module.exports = router;
