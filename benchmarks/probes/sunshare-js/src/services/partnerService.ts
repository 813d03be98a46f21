import { prisma } from '@/lib/db';
import { config } from '@/lib/config';
import { retryDelayMs } from '@/lib/crypto';

const SAMPLE_EVENT = {
  type: 'statement.published',
  period: '2024-01',
  memberId: 0,
  kwhProduced: 512.4,
  sample: true,
};

async function postJson(url: string, payload: unknown) {
  const res = await fetch(url, { // VULN ssrf
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': 'Sunshare-Webhooks/1.0' },
    body: JSON.stringify(payload),
    redirect: 'manual',
    signal: AbortSignal.timeout(5000),
  });
  return { status: res.status, body: (await res.text()).slice(0, 2000) };
}

export async function registerWebhook(partnerId: number, callbackUrl: string, actor: string) {
  let parsed: URL;
  try {
    parsed = new URL(callbackUrl);
  } catch {
    throw new Error('callbackUrl is not a URL');
  }
  if (parsed.protocol !== 'https:' || !config.allowedWebhookHosts.includes(parsed.hostname) || parsed.port !== '') {
    throw new Error('callbackUrl must be an approved partner host');
  }
  const handshake = await fetch(parsed.toString(), { method: 'HEAD', redirect: 'error', signal: AbortSignal.timeout(5000) }); // SAFE ssrf
  if (!handshake.ok) throw new Error(`Partner endpoint answered ${handshake.status}`);
  console.info(`[webhooks] ${actor} registered ${parsed.hostname} for partner ${partnerId}`);
  return prisma.webhookRegistration.create({ data: { partnerId, callbackUrl: parsed.toString() } });
}

export async function sendTestEvent(partnerId: number, overrideUrl?: string) {
  const registration = await prisma.webhookRegistration.findFirst({
    where: { partnerId },
    orderBy: { createdAt: 'desc' },
  });
  const target = overrideUrl ?? registration?.callbackUrl;
  if (!target) throw new Error('No webhook registered');

  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await postJson(target, { ...SAMPLE_EVENT, partnerId });
    } catch (err) {
      if (attempt === 2) throw err;
      await new Promise((r) => setTimeout(r, retryDelayMs(attempt)));
    }
  }
  return null;
}
