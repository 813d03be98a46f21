import { PaymentEventJobData, QUEUE_PAYMENT_EVENTS } from '@seatwise/contracts';
import { Queue } from 'bullmq';
import type { WebhookConfig } from '../config';

export function createPaymentEventsQueue(config: WebhookConfig): Queue<PaymentEventJobData> {
  return new Queue<PaymentEventJobData>(QUEUE_PAYMENT_EVENTS, {
    connection: config.redis,
    defaultJobOptions: { attempts: 8, backoff: { type: 'exponential', delay: 5_000 }, removeOnComplete: 5_000 },
  });
}
