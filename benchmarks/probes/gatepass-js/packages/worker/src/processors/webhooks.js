import crypto from 'node:crypto';
import axios from 'axios';

const SIGNING_SECRET = process.env.WEBHOOK_SIGNING_SECRET;

function sign(body) {
  return crypto.createHmac('sha256', SIGNING_SECRET).update(body).digest('hex');
}

export async function deliverWebhook(job, log) {
  const { url, payload, promoterId } = job.data;
  const body = JSON.stringify({ ...payload, deliveredAt: new Date().toISOString() });
  const response = await axios.post(url, body, { // VULN ssrf
    headers: { 'content-type': 'application/json', 'x-gatepass-signature': sign(body), 'x-gatepass-promoter': promoterId },
    timeout: 8000,
    validateStatus: () => true,
  });
  log.info({ status: response.status }, 'webhook delivered');
  return { status: response.status, body: String(response.data).slice(0, 2000) };
}
