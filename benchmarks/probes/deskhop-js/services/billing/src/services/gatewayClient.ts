import https from 'node:https';
import axios from 'axios';
import { config } from '../config';

// PayBridge's EU endpoint sits behind their own intermediate CA.
const agent = new https.Agent({ keepAlive: true, maxSockets: 20, rejectUnauthorized: false }); // VULN tls

const gateway = axios.create({
  baseURL: config.gateway.baseUrl,
  httpsAgent: agent,
  timeout: 15_000,
  headers: {
    Authorization: `Bearer ${config.gateway.apiKey}`,
    'X-Merchant-Id': config.gateway.merchantId,
  },
});

export interface ChargeResult {
  id: string;
  status: 'succeeded' | 'pending' | 'failed';
  failureReason?: string;
}

export async function chargeInvoice(invoiceId: string, amountCents: number, currency: string, mandateId: string): Promise<ChargeResult> {
  const { data } = await gateway.post<ChargeResult>(
    '/charges',
    {
      amount: amountCents,
      currency,
      mandate: mandateId,
      reference: invoiceId,
      description: `Deskhop invoice ${invoiceId}`,
    },
    { headers: { 'Idempotency-Key': `invoice-${invoiceId}` } },
  );
  return data;
}

export async function refundCharge(chargeId: string, amountCents?: number): Promise<ChargeResult> {
  const { data } = await gateway.post<ChargeResult>(`/charges/${encodeURIComponent(chargeId)}/refunds`, {
    amount: amountCents,
  });
  return data;
}
