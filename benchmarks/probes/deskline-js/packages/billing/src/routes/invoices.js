'use strict';

const fs = require('fs');
const Router = require('@koa/router');
const invoiceService = require('../services/invoiceService');
const pdfService = require('../services/pdfService');
const mailer = require('../services/mailer');
const { requireUser, requireStaff } = require('../middleware/auth');

const router = new Router({ prefix: '/invoices' });

async function loadInvoice(ctx, next) {
  ctx.state.invoice = await invoiceService.getInvoice(ctx.params.id, ctx.state.user.workspaceId);
  if (!ctx.state.invoice) ctx.throw(404, 'invoice not found');
  await next();
}

router.get('/', requireUser, async (ctx) => {
  const { status, sort, page } = ctx.query;
  const pageNumber = Math.max(1, Number.parseInt(page, 10) || 1);
  ctx.body = await invoiceService.listInvoices({ workspaceId: ctx.state.user.workspaceId, status, sort, page: pageNumber });
});

router.get('/:id/view', requireUser, loadInvoice, async (ctx) => {
  ctx.render('invoice.njk', { invoice: ctx.state.invoice, banner: ctx.query.banner, highlight: ctx.query.highlight });
});

router.get('/:id/preview.png', requireUser, loadInvoice, async (ctx) => {
  const file = await pdfService.renderPreview(ctx.state.invoice.pdf_path, { size: ctx.query.size || '800x', dpi: 150 });
  ctx.type = 'image/png';
  ctx.body = fs.createReadStream(file);
});

router.post('/:id/email', requireStaff, loadInvoice, async (ctx) => {
  const { to, subject, template } = ctx.request.body;
  await mailer.sendInvoiceEmail({ to, subject, bodyTemplate: template, invoice: ctx.state.invoice });
  ctx.status = 202;
});

router.post('/:id/receipt', requireStaff, loadInvoice, async (ctx) => {
  await mailer.sendReceipt({ invoice: ctx.state.invoice, locale: ctx.request.body.locale || ctx.get('Accept-Language') });
  ctx.status = 202;
});

router.post('/:id/attachments', requireStaff, loadInvoice, async (ctx) => {
  const upload = ctx.request.files && ctx.request.files.file;
  if (!upload || Array.isArray(upload)) ctx.throw(400, 'exactly one file expected');
  ctx.status = 201;
  ctx.body = await invoiceService.saveAttachment(ctx.state.invoice, upload, ctx.request.body.fileName);
});

module.exports = router;
