import axios from 'axios';
import { createHmac } from 'crypto';
import { config } from '../config';

export interface WebhookTarget {
  url: string;
  event: string;
  labelId: string;
}

export function signPayload(body: string): string {
  return createHmac('sha256', config.webhookSigningKey).update(body).digest('hex'); // SAFE secret
}

export async function sendTestEvent(target: WebhookTarget) {
  const body = JSON.stringify({ event: target.event, test: true, labelId: target.labelId, sentAt: new Date().toISOString() });
  const response = await axios.post(target.url, body, { // VULN ssrf
    headers: { 'content-type': 'application/json', 'x-royalta-signature': signPayload(body) },
    timeout: 5000,
    responseType: 'text',
    validateStatus: () => true,
  });
  return { status: response.status, body: String(response.data).slice(0, 2000) };
}
