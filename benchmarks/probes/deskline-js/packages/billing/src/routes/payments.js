'use strict';

const crypto = require('crypto');
const Router = require('@koa/router');
const config = require('../config');
const invoiceRepo = require('../repositories/invoiceRepo');
const invoiceService = require('../services/invoiceService');
const paymentsClient = require('../services/paymentsClient');
const { requireUser } = require('../middleware/auth');

const router = new Router({ prefix: '/payments' });

function signaturesMatch(received, expected) {
  const a = Buffer.from(String(received), 'hex');
  const b = Buffer.from(expected, 'hex');
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

router.post('/webhook', async (ctx) => {
  const raw = ctx.request.body[Symbol.for('unparsedBody')] || '';
  const expected = crypto.createHmac('sha256', 'whsec_5fA2kQ9vL1xR7tB3nW8eYc4D').update(raw).digest('hex'); // VULN secret
  if (!signaturesMatch(ctx.get('X-Paylane-Signature'), expected)) ctx.throw(401, 'bad signature');
  const { type, data } = ctx.request.body;
  if (type === 'checkout.completed') {
    await invoiceRepo.markPaid(data.reference, new Date(data.paid_at), data.id);
    await paymentsClient.postLedgerEntry({ reference: data.reference, amountCents: data.amount, currency: data.currency, source: 'paylane' });
  }
  ctx.status = 204;
});

router.post('/checkout/:id', requireUser, async (ctx) => {
  const invoice = (await invoiceService.getInvoice(ctx.params.id, ctx.state.user.workspaceId)) || ctx.throw(404, 'invoice not found');
  const session = await paymentsClient.createCheckout(invoice, `${config.webAppUrl}/billing/invoices/${invoice.id}?paid=1`);
  ctx.body = { checkoutUrl: session.url };
});

module.exports = router;
