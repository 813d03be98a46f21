import https from 'node:https';
import fs from 'node:fs';
import axios from 'axios';
import { config } from '../config/index.js';

const gatewayAgent = new https.Agent({ keepAlive: true, rejectUnauthorized: false }); // VULN tls
const partnerAgent = new https.Agent({ keepAlive: true, ca: fs.readFileSync(config.payments.partnerCaPath), rejectUnauthorized: true }); // SAFE tls

export const gateway = axios.create({ baseURL: config.payments.baseUrl, httpsAgent: gatewayAgent, timeout: 10_000 });
export const resalePartner = axios.create({ baseURL: 'https://api.venuehub.io/v2', httpsAgent: partnerAgent, timeout: 10_000 });

export async function captureRefund(orderId: string, amountCents: number, cardToken: string) {
  const { data } = await gateway.post('/refunds', { orderId, amountCents, cardToken });
  return data as { refundId: string; status: string };
}

export async function listResaleOffers(eventId: number) {
  const { data } = await resalePartner.get(`/events/${eventId}/offers`);
  return data as Array<{ offerId: string; priceCents: number }>;
}
