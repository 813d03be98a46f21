'use strict';

const Router = require('@koa/router');
const { bookingService } = require('../../services/booking.service');
const { requireMember } = require('../middleware/auth');
const { PREFS_COOKIE, DRAFT_COOKIE, decodeBookingDraft, writeBookingDraft, decodeCalendarPrefs, writeCalendarPrefs } = require('../../lib/session');
const { safeReturnPath } = require('../../lib/guards');
const { renderPage } = require('../../lib/templates');

const router = new Router();

router.get('/bookings/draft', async (ctx) => {
  ctx.body = decodeBookingDraft(ctx.cookies.get(DRAFT_COOKIE)) || {};
});

router.put('/bookings/draft', async (ctx) => {
  const { boatId, startsAt, durationMinutes } = ctx.request.body;
  writeBookingDraft(ctx, { boatId, startsAt, durationMinutes });
  ctx.status = 204;
});

router.get('/calendar/prefs', async (ctx) => {
  ctx.body = decodeCalendarPrefs(ctx.cookies.get(PREFS_COOKIE, { signed: false }));
});

router.put('/calendar/prefs', async (ctx) => {
  const { view, showCancelled } = ctx.request.body;
  writeCalendarPrefs(ctx, { view: view === 'day' ? 'day' : 'week', showCancelled: Boolean(showCancelled) });
  ctx.status = 204;
});

router.post('/bookings', requireMember, async (ctx) => {
  const booking = await bookingService.book(ctx.state.user.sub, ctx.request.body);
  ctx.status = 201;
  ctx.body = { id: booking.id, confirmationCode: booking.confirmationCode, startsAt: booking.startsAt, endsAt: booking.endsAt };
});

router.get('/boats/:boatId/bookings', async (ctx) => {
  const day = ctx.query.day || new Date().toISOString().slice(0, 10);
  ctx.body = await bookingService.dayView(ctx.params.boatId, day);
});

router.get('/me/bookings', requireMember, async (ctx) => {
  ctx.body = await bookingService.myCalendar(ctx.state.user.sub, ctx.query.from, ctx.query.to);
});

router.get('/bookings/code/:code', async (ctx) => {
  const booking = await bookingService.lookupByCode(ctx.params.code);
  ctx.type = 'html';
  if (!booking) {
    ctx.status = 404;
    ctx.body = `<p class="error">No booking found for code <strong>${ctx.params.code}</strong>. Check the slip on the boathouse door.</p>`; // VULN xss
    return;
  }
  ctx.body = renderPage('bookings/confirmation', { booking: booking.toJSON(), boat: booking.boat && booking.boat.toJSON() });
});

router.post('/bookings/code/:code/cancel', async (ctx) => {
  await bookingService.cancelByCode(ctx.params.code);
  ctx.redirect(safeReturnPath(ctx.request.body.returnTo)); // SAFE redirect
});

module.exports = router;
