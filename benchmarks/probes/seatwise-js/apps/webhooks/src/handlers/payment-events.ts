import type { PaymentEventJobData } from '@seatwise/contracts';
import type { Queue } from 'bullmq';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { verifyProviderSignature } from '../lib/signature';

interface ProviderEvent {
  id: string;
  type: string;
  data: {
    object: {
      id: string;
      amount: number;
      currency: string;
      payment_intent?: string;
    };
  };
}

const HANDLED_TYPES = new Set([
  'payment_intent.succeeded',
  'payment_intent.payment_failed',
  'charge.refunded',
  'refund.updated',
]);

export function paymentEventsHandler(deps: { queue: Queue<PaymentEventJobData>; secret: string }) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const raw = request.body as Buffer;
    const signature = request.headers['x-paylane-signature'];
    if (!verifyProviderSignature(raw, typeof signature === 'string' ? signature : undefined, deps.secret)) {
      return reply.code(400).send({ error: 'invalid signature' });
    }

    const event = JSON.parse(raw.toString('utf8')) as ProviderEvent;
    if (!HANDLED_TYPES.has(event.type)) {
      return reply.code(204).send();
    }
    const object = event.data.object;
    await deps.queue.add(
      event.type,
      {
        providerEventId: event.id,
        type: event.type,
        paymentIntentId: object.payment_intent ?? object.id,
        amountCents: object.amount,
        currency: object.currency.toUpperCase(),
        receivedAt: new Date().toISOString(),
      },
      { jobId: event.id },
    );
    return reply.code(202).send({ received: true });
  };
}
