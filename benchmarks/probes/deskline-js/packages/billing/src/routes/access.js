'use strict';

const Router = require('@koa/router');
const memberAccess = require('../services/memberAccess');
const floorplanService = require('../services/floorplanService');
const { requireUser, requireStaff } = require('../middleware/auth');

const router = new Router();

router.post('/access/verify', async (ctx) => {
  const { email, pin, doorId } = ctx.request.body;
  if (!email || !pin || !doorId) ctx.throw(400, 'email, pin and doorId are required');
  const result = await memberAccess.verifyDoorPin({ email, pin, doorId });
  ctx.status = result.granted ? 200 : 403;
  ctx.body = result;
});

router.get('/access/doors', requireStaff, async (ctx) => {
  ctx.body = { doors: await memberAccess.doorsFor(ctx.query.email) };
});

router.get('/desks/available', requireUser, async (ctx) => {
  ctx.body = await memberAccess.findAvailableDesks({ minSeats: ctx.query.minSeats || 1, amenity: ctx.query.amenity });
});

router.get('/floors/:floor/desks/:code', requireUser, async (ctx) => {
  ctx.body = (await floorplanService.findDesk(ctx.params.floor, ctx.params.code)) || ctx.throw(404, 'desk not found');
});

router.get('/floors/:floor/zones/:zone', requireUser, async (ctx) => {
  ctx.body = await floorplanService.desksInZone(ctx.params.floor, ctx.params.zone);
});

module.exports = router;
