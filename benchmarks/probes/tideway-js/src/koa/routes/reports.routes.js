'use strict';

const Router = require('@koa/router');
const { reportService } = require('../../services/report.service');
const { requireRole } = require('../middleware/auth');

const router = new Router({ prefix: '/reports' });

router.use(requireRole('committee'));

router.get('/usage', async (ctx) => {
  const { season, granularity } = ctx.query;
  ctx.body = await reportService.usage({ season, granularity });
});

router.get('/usage.csv', async (ctx) => {
  const report = await reportService.usage({ season: ctx.query.season, granularity: ctx.query.granularity });
  ctx.type = 'text/csv';
  ctx.attachment(`usage-${report.season}.csv`);
  ctx.body = reportService.toCsv(report.rows);
});

router.get('/committee/:season', async (ctx) => {
  const season = Number.parseInt(ctx.params.season, 10);
  if (!Number.isInteger(season)) ctx.throw(400, 'season must be a year');
  ctx.body = await reportService.committeeSummary(season);
});

router.get('/boats/:id/history', async (ctx) => {
  const days = Math.min(Number.parseInt(ctx.query.days, 10) || 90, 730);
  ctx.body = await reportService.boatHistory(ctx.params.id, days);
});

module.exports = router;
