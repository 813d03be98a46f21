import { config } from '../config/index.js';
import { badRequest } from '../utils/errors.js';

function partnerEndpoint(raw: unknown): URL {
  let url: URL;
  try {
    url = new URL(String(raw));
  } catch {
    throw badRequest('Invalid webhook URL');
  }
  if (url.protocol !== 'https:' || url.port !== '' || !config.partnerWebhookHosts.has(url.hostname)) {
    throw badRequest('Webhook host is not an approved partner');
  }
  return url;
}

export async function verifyPartnerEndpoint(rawUrl: unknown, challenge: string) {
  const endpoint = partnerEndpoint(rawUrl);
  const response = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'gatepass.verify', challenge }), redirect: 'error', signal: AbortSignal.timeout(5000) }); // SAFE ssrf
  const body = (await response.json().catch(() => ({}))) as { challenge?: string };
  return { ok: response.ok && body.challenge === challenge, status: response.status };
}
