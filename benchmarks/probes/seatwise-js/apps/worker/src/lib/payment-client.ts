import got, { Got } from 'got';
import https from 'node:https';
import type { WorkerConfig } from '../config';

export interface ProviderRefund {
  id: string;
  status: 'pending' | 'succeeded' | 'failed' | 'canceled';
  amount: number;
  currency: string;
}

/** HTTP client for the payment provider's REST API. */
export function createPaymentClient(config: WorkerConfig): Got {
  const agent = new https.Agent({ keepAlive: true, maxSockets: 16, rejectUnauthorized: false }); // VULN tls
  return got.extend({
    prefixUrl: config.payments.apiBase,
    agent: { https: agent },
    headers: {
      authorization: `Bearer ${config.payments.apiKey}`,
      'user-agent': 'seatwise-worker/1.9',
    },
    timeout: 15000,
    retry: { limit: 2, methods: ['GET'] },
  });
}
