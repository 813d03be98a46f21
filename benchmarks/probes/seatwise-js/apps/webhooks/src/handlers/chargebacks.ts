import type { PaymentEventJobData } from '@seatwise/contracts';
import type { Queue } from 'bullmq';
import { XMLParser } from 'fast-xml-parser';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { verifyProviderSignature } from '../lib/signature';

interface ChargebackEnvelope {
  ChargebackNotification?: {
    CaseId?: string;
    PaymentReference?: string;
    Amount?: { '#text'?: string; currency?: string };
    ReasonCode?: string;
    RespondBy?: string;
  };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  processEntities: false,
});

export function chargebackHandler(deps: { queue: Queue<PaymentEventJobData>; secret: string }) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const raw = request.body as Buffer;
    const signature = request.headers['x-paylane-signature'];
    if (!verifyProviderSignature(raw, typeof signature === 'string' ? signature : undefined, deps.secret)) {
      return reply.code(400).send({ error: 'invalid signature' });
    }

    const parsed = parser.parse(raw.toString('utf8')) as ChargebackEnvelope; // SAFE xxe
    const notice = parsed.ChargebackNotification;
    if (!notice?.CaseId || !notice.PaymentReference) {
      return reply.code(422).send({ error: 'incomplete chargeback notification' });
    }
    await deps.queue.add('chargeback.opened', {
      providerEventId: `cb-${notice.CaseId}`,
      type: 'chargeback.opened',
      paymentIntentId: notice.PaymentReference,
      amountCents: Math.round(Number.parseFloat(notice.Amount?.['#text'] ?? '0') * 100),
      currency: (notice.Amount?.currency ?? 'EUR').toUpperCase(),
      receivedAt: new Date().toISOString(),
    });
    return reply.code(202).send({ received: true });
  };
}
