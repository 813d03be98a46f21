'use strict';

const Router = require('@koa/router');
const knex = require('../db/knex');
const { PLANS, isPlan } = require('../lib/plans');
const { requireStaff } = require('../middleware/auth');

const router = new Router({ prefix: '/members' });
router.use(requireStaff);

router.post('/', async (ctx) => {
  const { email, firstName, plan } = ctx.request.body;
  if (!isPlan(plan)) ctx.throw(400, `plan must be one of ${PLANS.join(', ')}`);
  const row = { email: String(email).toLowerCase(), first_name: firstName, plan, workspace_id: ctx.state.user.workspaceId };
  ctx.status = 201;
  ctx.body = (await knex('members').insert(row).returning(['id', 'email', 'plan']))[0];
});

router.patch('/:id/plan', async (ctx) => {
  const { plan } = ctx.request.body;
  if (!isPlan(plan)) ctx.throw(400, `plan must be one of ${PLANS.join(', ')}`);
  const updated = await knex('members').where({ id: ctx.params.id, workspace_id: ctx.state.user.workspaceId }).update({ plan });
  ctx.body = updated ? { id: ctx.params.id, plan } : ctx.throw(404, 'member not found');
});

module.exports = router;
