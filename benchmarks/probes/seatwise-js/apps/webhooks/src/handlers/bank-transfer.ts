import type { PaymentEventJobData } from '@seatwise/contracts';
import type { Queue } from 'bullmq';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Document, parseXml } from 'libxmljs2';
import { verifyBankSignature } from '../lib/signature';

function text(doc: Document, xpath: string): string {
  return doc.get(xpath)?.text().trim() ?? '';
}

/**
 * Settlement notices for invoice orders paid by bank transfer (camt.054-style XML).
 * The bank signs each notice with a per-merchant key.
 */
export function bankTransferHandler(deps: { queue: Queue<PaymentEventJobData>; secrets: Map<string, string> }) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const raw = request.body as Buffer;
    let doc: Document;
    try {
      doc = parseXml(raw.toString('utf8'), { noent: true, noblanks: true }); // VULN xxe
    } catch (err) {
      request.log.warn({ err }, 'unparseable bank notification');
      return reply.code(400).send({ error: 'malformed XML' });
    }

    const merchantId = text(doc, '/Notification/Header/MerchantId');
    const secret = deps.secrets.get(merchantId);
    const signature = request.headers['x-bank-signature'];
    if (!secret || !verifyBankSignature(raw, typeof signature === 'string' ? signature : undefined, secret)) {
      request.log.warn({ merchantId }, 'rejected bank notification');
      return reply.code(401).send({ error: `unknown merchant or bad signature for ${merchantId}` });
    }

    const reference = text(doc, '/Notification/Entry/RemittanceInfo/Reference');
    const amount = Number.parseFloat(text(doc, '/Notification/Entry/Amount'));
    const currency = doc.get('/Notification/Entry/Amount')?.attr('Ccy')?.value() || 'EUR';
    if (!reference || !Number.isFinite(amount)) {
      return reply.code(422).send({ error: 'missing reference or amount' });
    }

    await deps.queue.add('bank_transfer.booked', {
      providerEventId: `bank-${merchantId}-${text(doc, '/Notification/Entry/EntryRef')}`,
      type: 'bank_transfer.booked',
      paymentIntentId: reference,
      amountCents: Math.round(amount * 100),
      currency,
      receivedAt: new Date().toISOString(),
    });
    return reply.code(202).send({ received: true });
  };
}
