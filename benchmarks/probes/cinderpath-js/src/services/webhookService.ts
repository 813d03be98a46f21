import Boom from '@hapi/boom';
import { createHmac, randomBytes } from 'node:crypto';
import { request } from 'undici';
import { carrierRepository } from '../repositories/carrierRepository';
import type { WebhookPayload, WebhookRegistrationDto } from '../dto/webhook';
import { logger } from '../lib/logger';

const MAX_PER_EVENT = 5;

export async function registerWebhook(carrierId: string, dto: WebhookRegistrationDto) {
  const existing = await carrierRepository.listWebhooks(carrierId, dto.event);
  if (existing.length >= MAX_PER_EVENT) {
    throw Boom.conflict(`at most ${MAX_PER_EVENT} webhooks per event`);
  }
  const secret = randomBytes(24).toString('hex');
  const hook = await carrierRepository.createWebhook({ carrierId, event: dto.event, targetUrl: dto.targetUrl, secret });
  return { id: hook.id, event: hook.event, targetUrl: hook.targetUrl, signingSecret: secret };
}

export function removeWebhook(carrierId: string, id: string) {
  return carrierRepository.deactivateWebhook(carrierId, id);
}

function sign(secret: string, body: string, timestamp: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

interface StoredHook {
  id: string;
  targetUrl: string;
  secret: string;
}

export async function deliver(hook: StoredHook, payload: WebhookPayload): Promise<number> {
  const body = JSON.stringify(payload);
  const timestamp = Math.floor(Date.now() / 1000).toString();
  const headers = {
    'content-type': 'application/json',
    'x-cinderpath-event': payload.event,
    'x-cinderpath-timestamp': timestamp,
    'x-cinderpath-signature': sign(hook.secret, body, timestamp),
  };
  const res = await request(hook.targetUrl, { method: 'POST', headers, body, headersTimeout: 10_000, bodyTimeout: 10_000 }); // VULN ssrf
  const text = await res.body.text();
  if (res.statusCode >= 400) {
    logger.warn('webhook delivery failed', { hookId: hook.id, status: res.statusCode, body: text.slice(0, 500) });
  }
  return res.statusCode;
}

export async function fanOut(carrierId: string, payload: WebhookPayload) {
  const hooks = await carrierRepository.listWebhooks(carrierId, payload.event);
  const results = await Promise.allSettled(hooks.map((h) => deliver(h, payload)));
  return results.map((r, i) => ({ hookId: hooks[i].id, ok: r.status === 'fulfilled' && r.value < 400 }));
}
