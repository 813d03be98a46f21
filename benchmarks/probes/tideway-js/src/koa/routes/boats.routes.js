'use strict';

const Router = require('@koa/router');
const { boatService } = require('../../services/boat.service');
const { webhookService } = require('../../services/webhook.service');
const { requireMember, requireRole } = require('../middleware/auth');
const { renderPage } = require('../../lib/templates');
const { riverService } = require('../../services/river.service');

const router = new Router({ prefix: '/boats' });

router.get('/', async (ctx) => {
  const { boatClass, squad, sort, q } = ctx.query;
  const boats = await boatService.fleet({ boatClass, squad, sort });
  const filtered = q ? boats.filter((b) => b.name.toLowerCase().includes(String(q).toLowerCase())) : boats;
  if (ctx.accepts('json', 'html') === 'json') {
    ctx.body = filtered;
    return;
  }
  ctx.type = 'html';
  ctx.body = renderPage('boats/list', { boats: filtered, q, sort });
});

router.get('/lookup', async (ctx) => {
  ctx.body = await boatService.lookup(String(ctx.query.term || ''));
});

router.get('/river', async (ctx) => {
  const river = await riverService.conditions();
  ctx.set('Cache-Control', 'public, max-age=120');
  ctx.body = { ...river, latestBoating: riverService.latestBoatingTime(river.sunset) };
});

router.get('/lanes/:lane', requireMember, async (ctx) => {
  ctx.body = await webhookService.laneStatus(ctx.params.lane);
});

router.get('/:id', async (ctx) => {
  const boat = await boatService.get(Number.parseInt(ctx.params.id, 10));
  ctx.type = 'html';
  ctx.body = renderPage('boats/show', { boat: boat.toJSON(), user: ctx.state.user });
});

router.put('/:id/notes', requireMember, async (ctx) => {
  const boat = await boatService.updateNotes(Number.parseInt(ctx.params.id, 10), ctx.request.body.notes, ctx.state.user);
  ctx.body = { id: boat.id, notes: boat.notes };
});

router.post('/:id/photo', requireRole('boatman'), async (ctx) => {
  const { fileName, content } = ctx.request.body;
  if (typeof fileName !== 'string' || typeof content !== 'string') ctx.throw(400, 'fileName and content required');
  const photoFile = await boatService.uploadPhoto(Number.parseInt(ctx.params.id, 10), { fileName, content });
  ctx.status = 201;
  ctx.body = { photoFile };
});

router.post('/:id/damage', requireMember, async (ctx) => {
  const { severity, description } = ctx.request.body;
  ctx.status = 201;
  ctx.body = await boatService.reportDamage(Number.parseInt(ctx.params.id, 10), { severity, description }, ctx.state.user);
});

router.put('/:id/status', requireRole('boatman'), async (ctx) => {
  ctx.body = await boatService.changeStatus(Number.parseInt(ctx.params.id, 10), String(ctx.request.body.status || ''));
});

router.delete('/:id/photo', requireRole('boatman'), async (ctx) => {
  await boatService.deletePhoto(Number.parseInt(ctx.params.id, 10), ctx.query.file);
  ctx.status = 204;
});

module.exports = router;
