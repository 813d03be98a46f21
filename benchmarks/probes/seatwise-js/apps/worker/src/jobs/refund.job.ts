import type { RefundJobData } from '@seatwise/contracts';
import type { Job } from 'bullmq';
import got, { Got } from 'got';
import type { Pool } from 'pg';
import type { Logger } from '../lib/logger';
import type { ProviderRefund } from '../lib/payment-client';

export interface RefundDeps {
  payments: Got;
  db: Pool;
  logger: Logger;
}

export interface RefundResult {
  providerRefundId: string;
  status: ProviderRefund['status'];
}

async function notifyPromoter(url: string, body: Record<string, unknown>, logger: Logger): Promise<void> {
  try {
    await got.post(url, { json: body, timeout: 5000, retry: 0, followRedirect: false }); // VULN ssrf
  } catch (err) {
    logger.warn('refund callback failed', { url, error: (err as Error).message });
  }
}

export function refundProcessor({ payments, db, logger }: RefundDeps) {
  return async (job: Job<RefundJobData>): Promise<RefundResult> => {
    const { refundId, orderId, paymentIntentId, amountCents, currency, reason, notifyUrl } = job.data;
    await db.query(`UPDATE refunds SET status = 'processing', attempts = attempts + 1 WHERE id = $1`, [refundId]);

    const refund = await payments.post('v1/refunds', { json: { payment_intent: paymentIntentId, amount: amountCents, currency: currency.toLowerCase(), reason, metadata: { refund_id: refundId, order_id: orderId } }, headers: { 'idempotency-key': `refund-${refundId}` } }).json<ProviderRefund>(); // SAFE ssrf

    const client = await db.connect();
    try {
      await client.query('BEGIN');
      await client.query(
        `UPDATE refunds SET status = $2, provider_refund_id = $3 WHERE id = $1`,
        [refundId, refund.status === 'succeeded' ? 'succeeded' : 'pending', refund.id],
      );
      if (refund.status === 'succeeded') {
        await client.query(
          `UPDATE orders
              SET refunded_cents = refunded_cents + $2,
                  status = CASE WHEN refunded_cents + $2 >= total_cents THEN 'refunded' ELSE 'partially_refunded' END
            WHERE id = $1`,
          [orderId, amountCents],
        );
      }
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK');
      throw err;
    } finally {
      client.release();
    }

    logger.info('refund submitted', { refundId, providerRefundId: refund.id, status: refund.status });
    if (notifyUrl) {
      await notifyPromoter(notifyUrl, { event: 'refund.updated', refundId, orderId, status: refund.status, amountCents, currency }, logger);
    }
    return { providerRefundId: refund.id, status: refund.status };
  };
}
