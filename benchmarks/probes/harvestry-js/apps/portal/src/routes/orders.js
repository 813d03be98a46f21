'use strict';

const Router = require('@koa/router');
const orderStore = require('../services/orderStore');
const { deepMerge, pick } = require('../lib/merge');
const { escapeHtml, page, money } = require('../lib/html');
const { requireBuyer } = require('../lib/session');

const router = new Router({ prefix: '/orders' });
router.use(requireBuyer());

const EDITABLE = ['notes', 'delivery', 'lines'];

router.post('/query', async (ctx) => {
  const { filter = {}, limit } = ctx.request.body || {};
  ctx.body = { orders: await orderStore.query({ buyerId: ctx.state.buyer.sub, ...filter }, Math.min(Number(limit) || 50, 200)) };
});

router.get('/large', async (ctx) => {
  ctx.body = { orders: await orderStore.aboveTotal(ctx.state.buyer.sub, ctx.query.min || '100000') };
});

router.post('/by-grower', async (ctx) => {
  const growerId = String(ctx.request.body?.growerId ?? '');
  if (!growerId) ctx.throw(400, 'growerId is required');
  ctx.body = { orders: await orderStore.forGrower(ctx.state.buyer.sub, growerId) };
});

router.patch('/:reference', async (ctx) => {
  const order = await orderStore.byReference(ctx.state.buyer.sub, ctx.params.reference);
  if (!order) ctx.throw(404);
  if (order.status !== 'draft') ctx.throw(409, 'only draft orders can be edited');
  const updated = deepMerge(pick(order.toObject(), EDITABLE), ctx.request.body || {});
  order.set(pick(updated, EDITABLE));
  await order.save();
  ctx.body = order;
});

router.get('/:reference/summary', async (ctx) => {
  const order = await orderStore.byReference(ctx.state.buyer.sub, ctx.params.reference);
  if (!order) ctx.throw(404);
  const rows = order.lines.map((l) => `<tr><td>${escapeHtml(l.lotCode)}</td><td>${escapeHtml(l.crop)}</td><td>${l.qtyKg}</td></tr>`).join('');
  const badge = `<span class="badge badge--${order.status}">${order.status}</span>`;
  ctx.type = 'html';
  ctx.body = page(`Order ${order.reference}`, `<h1>${escapeHtml(order.reference)}</h1>${badge}<table>${rows}</table><p>${money(order.total)}</p>`); // SAFE xss
});

module.exports = router;
