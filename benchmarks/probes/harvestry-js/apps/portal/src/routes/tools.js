'use strict';

const Router = require('@koa/router');
const { execSync, spawn } = require('child_process');
const fsp = require('fs/promises');
const path = require('path');
const config = require('../config');
const pricing = require('../services/pricing');
const orderStore = require('../services/orderStore');
const { renderCertificate, renderCustomLayout } = require('../lib/render');
const { escapeHtml, page, money } = require('../lib/html');
const { requireBuyer } = require('../lib/session');

const router = new Router();

let revision = 'unknown';
try {
  revision = execSync('git rev-parse --short HEAD', { cwd: __dirname, encoding: 'utf8', timeout: 2000 }).trim(); // SAFE cmdi
} catch {
  // not a git checkout (container image)
}

router.get('/health', (ctx) => {
  ctx.body = { ok: true, revision, uptime: Math.round(process.uptime()) };
});

router.get('/welcome', (ctx) => {
  ctx.type = 'html';
  ctx.body = page('Welcome', `<h1>Hello ${escapeHtml(ctx.query.name || 'there')}, welcome to the Harvestry buyer portal</h1>`); // SAFE xss
});

router.get('/search', requireBuyer(), async (ctx) => {
  const q = String(ctx.query.q || '');
  const hits = q ? await orderStore.searchReferences(ctx.state.buyer.sub, q) : [];
  const items = hits.map((o) => `<li><a href="/orders/${encodeURIComponent(o.reference)}/summary">${escapeHtml(o.reference)}</a> ${money(o.total)}</li>`).join('');
  ctx.type = 'html';
  ctx.body = `<html><body><h2>${hits.length} orders matching "${q}"</h2><ul>${items}</ul></body></html>`; // VULN xss
});

router.get('/pricing/schemes/:scheme', (ctx) => {
  ctx.body = pricing.quote(ctx.params.scheme, ctx.query);
});

router.post('/pricing/preview', requireBuyer(), (ctx) => {
  const { formula, ...input } = ctx.request.body || {};
  if (!formula) ctx.throw(400, 'formula is required');
  ctx.body = pricing.preview(formula, input);
});

router.post('/labels/print', requireBuyer(), async (ctx) => {
  const { printer, lotCode, crop, copies } = ctx.request.body || {};
  const n = Math.min(Math.max(parseInt(copies, 10) || 1, 1), 50);
  const file = path.join(config.labelDir, `${Date.now()}-${ctx.state.buyer.sub}.zpl`);
  await fsp.writeFile(file, `^XA^CF0,40^FO40,40^FD${lotCode}^FS^FO40,100^FD${crop}^FS^BY3^FO40,160^BCN,100,Y,N,N^FD${lotCode}^FS^XZ`);

  const job = spawn(`lp -d ${printer} -n ${n} -o raw ${file}`, { shell: true }); // VULN cmdi
  if (!config.printers.includes(printer)) {
    job.kill();
    ctx.throw(400, 'unknown printer');
  }
  const code = await new Promise((resolve) => job.on('close', resolve));
  ctx.body = { queued: code === 0, printer, copies: n };
});

router.get('/certificates/:kind', requireBuyer(), async (ctx) => {
  const { lot: code, grower, crop, region, grade, weight, remarks } = ctx.query;
  const lot = { code, grower, crop, region, grade, netWeightKg: Number(weight) || 0, gradedAt: Date.now(), receivedAt: Date.now() };
  const html = renderCertificate(ctx.params.kind, { lot, remarks });
  if (!html) ctx.throw(404, 'unknown certificate');
  ctx.type = 'html';
  ctx.body = page('Certificate', html);
});

router.post('/delivery-notes/preview', requireBuyer(), async (ctx) => {
  const { layout, reference } = ctx.request.body || {};
  const order = await orderStore.byReference(ctx.state.buyer.sub, reference);
  if (!order) ctx.throw(404);
  ctx.type = 'html';
  ctx.body = renderCustomLayout(String(layout || 'p No layout'), { order: order.toObject(), buyer: ctx.state.buyer });
});

module.exports = router;
