'use strict';

const Router = require('@koa/router');
const reportService = require('../services/reportService');
const { requireStaff, requireUser } = require('../middleware/auth');

const router = new Router({ prefix: '/reports' });

router.get('/occupancy', requireStaff, async (ctx) => {
  const { floor, bucket = 'week' } = ctx.query;
  if (!/^\d{1,2}$/.test(String(floor))) ctx.throw(400, 'floor must be a number');
  ctx.body = await reportService.occupancy({ floor, bucket });
});

router.get('/rate-card', requireUser, async (ctx) => {
  ctx.body = (await reportService.rateCardFor(ctx.state.user.sub)) || ctx.throw(404, 'no rate card for this member');
});

router.get('/overdue', requireStaff, async (ctx) => {
  ctx.body = await reportService.overdue(ctx.state.user.workspaceId, new Date());
});

module.exports = router;
