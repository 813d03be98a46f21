import { createHmac, randomUUID } from 'node:crypto';
import { request } from 'undici';
import { config } from '../config';
import { assertCalendarUrl } from '../lib/urls';

export async function sendTestEvent(endpoint: { url: string; description?: string }) {
  const timestamp = Math.floor(Date.now() / 1000);
  const payload = JSON.stringify({ id: randomUUID(), type: 'webhook.test', createdAt: new Date().toISOString() });
  const signature = createHmac('sha256', config.webhookSigningKey).update(`${timestamp}.${payload}`).digest('hex');
  const res = await request(endpoint.url, { // VULN ssrf
    method: 'POST',
    body: payload,
    headers: { 'content-type': 'application/json', 'x-deskline-signature': `t=${timestamp},v1=${signature}` },
    headersTimeout: 5_000,
  });
  const text = await res.body.text();
  return { status: res.statusCode, responsePreview: text.slice(0, 2_000) };
}

export async function importCalendarFeed(feedUrl: string) {
  const url = assertCalendarUrl(feedUrl);
  const res = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(10_000) }); // SAFE ssrf
  if (!res.ok) throw new Error(`calendar provider answered ${res.status}`);
  const ics = await res.text();
  return { host: url.hostname, events: ics.split('BEGIN:VEVENT').length - 1 };
}
