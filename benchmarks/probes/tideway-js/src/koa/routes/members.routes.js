'use strict';

const Router = require('@koa/router');
const { memberService } = require('../../services/member.service');
const { mediaService } = require('../../services/media.service');
const { newsletterService } = require('../../services/newsletter.service');
const { requireMember, requireRole } = require('../middleware/auth');
const { renderPage } = require('../../lib/templates');
const { isObject } = require('../../lib/guards');
const { regattaService } = require('../../services/regatta.service');

const router = new Router();

router.get('/members/:id', async (ctx) => {
  const member = await memberService.profile(ctx.params.id);
  ctx.type = 'html';
  ctx.body = renderPage('members/profile', { member, viewer: ctx.state.user });
});

router.put('/me/profile', requireMember, async (ctx) => {
  const { website, bio, squad, bowSide, strokeSide, coxes } = ctx.request.body;
  const updated = await memberService.updateProfile(ctx.state.user.sub, {
    website: typeof website === 'string' ? website.trim() : undefined,
    bio: typeof bio === 'string' ? bio : undefined,
    squad,
    bowSide: bowSide === undefined ? undefined : Boolean(bowSide),
    strokeSide: strokeSide === undefined ? undefined : Boolean(strokeSide),
    coxes: coxes === undefined ? undefined : Boolean(coxes),
  });
  ctx.body = { id: updated.id, website: updated.website, bio: updated.bio };
});

router.get('/me/renewal', requireMember, async (ctx) => {
  ctx.body = await memberService.renewalQuote(ctx.state.user.sub, {
    student: ctx.query.student === 'true',
    privateBoat: ctx.query.privateBoat === 'true',
  });
});

router.patch('/me/preferences', requireMember, async (ctx) => {
  if (!isObject(ctx.request.body)) ctx.throw(400, 'preferences must be an object');
  ctx.body = await memberService.updatePreferences(ctx.state.user.sub, ctx.request.body);
});

router.put('/me/preferences/:key', requireMember, async (ctx) => {
  ctx.body = await memberService.setPreference(ctx.state.user.sub, ctx.params.key, ctx.request.body.value);
});

router.post('/me/preferences/import', requireMember, async (ctx) => {
  const imported = ctx.request.body && ctx.request.body.preferences;
  if (!isObject(imported)) ctx.throw(400, 'preferences must be an object');
  ctx.body = await memberService.importPreferences(ctx.state.user.sub, imported);
});

router.get('/waivers/:name', requireRole('safety'), async (ctx) => {
  ctx.type = 'application/pdf';
  ctx.body = await mediaService.readWaiver(ctx.params.name);
});

router.get('/waivers/:name/preview', requireRole('safety'), async (ctx) => {
  const png = await mediaService.waiverPreview(ctx.params.name);
  ctx.type = 'image/png';
  ctx.body = require('fs').createReadStream(png);
});

router.post('/newsletter/preview', requireRole('captain'), async (ctx) => {
  const { template, headline } = ctx.request.body;
  const data = newsletterService.weeklyDigest({ bookings: [], regattas: [], headline });
  ctx.type = 'html';
  ctx.body = typeof template === 'string' && template.trim() ? newsletterService.renderCustom(template, data) : newsletterService.renderStandard(data);
});

router.get('/club/regattas/:code', requireMember, async (ctx) => {
  const code = String(ctx.params.code).toUpperCase();
  const entries = await regattaService.listEntries(code);
  ctx.type = 'html';
  ctx.body = renderPage('regatta/entries', { regattaCode: code, entries, user: ctx.state.user });
});

module.exports = router;
