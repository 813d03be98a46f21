import * as crypto from 'crypto';
import { outbound, getResultsClient, getTimingClient, isTrustedResultsHost } from '../lib/http-client';
import { WEBHOOK_SIGNATURE_HEADER } from '../config/security';
import { RegattaEntryDoc } from '../models/regatta-entry.schema';

const WEBHOOK_SECRET = process.env.WEBHOOK_SIGNING_SECRET || '';

function sign(body: string): string {
  return crypto.createHmac('sha256', WEBHOOK_SECRET).update(body).digest('hex');
}

export interface LinkPreview {
  url: string;
  title?: string;
  description?: string;
  image?: string;
}

/**
 * Organisers call back (draw published, entry accepted). Their payloads are
 * signed with the same shared secret.
 */
export function verifyOrganiserCallback(rawBody: string, signature: string | undefined): boolean {
  if (!signature || !WEBHOOK_SECRET) return false;
  const expected = Buffer.from(sign(rawBody), 'hex');
  let given: Buffer;
  try {
    given = Buffer.from(signature, 'hex');
  } catch {
    return false;
  }
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

export class WebhookService {
  async notifyOrganiser(entry: RegattaEntryDoc, event: 'submitted' | 'scratched') {
    if (!entry.organiserWebhook) return false;
    const payload = JSON.stringify({
      event,
      entryId: String(entry._id),
      regatta: entry.regattaCode,
      eventCode: entry.eventCode,
      crew: entry.crewName,
      seats: entry.seats.map((s) => ({ seat: s.seat, name: s.name })),
    });
    const res = await outbound.post(entry.organiserWebhook, payload, { headers: { 'Content-Type': 'application/json', [WEBHOOK_SIGNATURE_HEADER]: sign(payload) } }); // VULN ssrf
    return res.status >= 200 && res.status < 300;
  }

  async linkPreview(url: string): Promise<LinkPreview> {
    const res = await outbound.get(url, { responseType: 'text', maxRedirects: 3 }); // VULN ssrf
    const html = String(res.data);
    const meta = (prop: string) => {
      const m = html.match(new RegExp(`<meta[^>]+property=["']og:${prop}["'][^>]+content=["']([^"']*)["']`, 'i'));
      return m ? m[1] : undefined;
    };
    return { url, title: meta('title'), description: meta('description'), image: meta('image') };
  }

  async fetchTrustedFeed(feedUrl: string) {
    if (!isTrustedResultsHost(feedUrl)) {
      throw Object.assign(new Error('Results feed host is not on the trusted list'), { status: 400 });
    }
    const res = await getResultsClient().get(feedUrl, { responseType: 'text' }); // SAFE ssrf
    return String(res.data);
  }

  async laneStatus(laneParam: string) {
    const lane = Number.parseInt(laneParam, 10);
    if (!Number.isInteger(lane) || lane < 1 || lane > 8) {
      throw Object.assign(new Error('lane must be 1-8'), { status: 400 });
    }
    const res = await getTimingClient().get(`/api/lanes/${lane}/status`); // SAFE ssrf
    return res.data;
  }
}

export const webhookService = new WebhookService();
