import { createReadStream } from 'node:fs';
import Router from 'koa-router';
import type { AccountState } from '../middleware/auth';
import { listAttachments, openAttachment, openExport } from '../storage/attachmentStore';
import { listInvoices, previewInvoice, renderInvoicePdf } from '../services/invoiceService';
import { asString, PAPER_SIZE, parseDate, UUID } from '../validators';

export const invoiceRouter = new Router({ prefix: '/invoices' });

function account(ctx: Router.IRouterContext): AccountState {
  return ctx.state.account as AccountState;
}

invoiceRouter.get('/', async (ctx) => {
  const raw = ctx.query.status;
  const statuses = Array.isArray(raw) ? raw : asString(raw, 'open,overdue').split(',');
  ctx.body = {
    invoices: await listInvoices(account(ctx).accountId, statuses, parseDate(ctx.query.from), parseDate(ctx.query.to)),
  };
});

invoiceRouter.get('/exports/:file', async (ctx) => {
  const file = await openExport(account(ctx).accountId, ctx.params.file);
  ctx.type = 'text/csv';
  ctx.attachment(file.name);
  ctx.length = file.size;
  ctx.body = file.stream;
});

invoiceRouter.get('/:id/preview', async (ctx) => {
  if (!UUID.test(ctx.params.id)) ctx.throw(404);
  ctx.type = 'html';
  ctx.body = await previewInvoice(account(ctx).accountId, ctx.params.id, asString(ctx.query.note) || undefined);
});

invoiceRouter.post('/:id/pdf', async (ctx) => {
  if (!UUID.test(ctx.params.id)) ctx.throw(404);
  const body = (ctx.request.body ?? {}) as { paper?: string; note?: string; password?: string };
  const paper = body.paper ?? 'A4';
  if (!PAPER_SIZE.test(paper)) {
    ctx.throw(400, 'unsupported paper size');
  }
  if (body.password !== undefined && (typeof body.password !== 'string' || body.password.length < 6)) {
    ctx.throw(400, 'password must be at least 6 characters');
  }
  const pdf = await renderInvoicePdf(account(ctx).accountId, ctx.params.id, {
    paper,
    note: typeof body.note === 'string' ? body.note.slice(0, 500) : undefined,
    password: body.password,
  });
  ctx.type = 'application/pdf';
  ctx.attachment(pdf.fileName);
  const stream = createReadStream(pdf.path);
  stream.on('close', () => void pdf.cleanup());
  ctx.body = stream;
});

invoiceRouter.get('/:id/attachments', async (ctx) => {
  ctx.body = { files: await listAttachments(ctx.params.id) };
});

invoiceRouter.get('/:id/attachments/:name', async (ctx) => {
  const file = await openAttachment(ctx.params.id, ctx.params.name);
  ctx.attachment(file.name);
  ctx.length = file.size;
  ctx.body = file.stream;
});
