import axios from 'axios';
import { config } from '../config';
import { HttpError } from '../http/errors';

export interface WebhookTestResult {
  status: number;
  durationMs: number;
  responseBody: string;
}

export interface CalendarEvent {
  id: string;
  title: string;
  start: string;
  end: string;
  organizer: string;
}

export interface EmbedPreview {
  provider: string;
  title: string;
  thumbnailUrl: string | null;
}

const OEMBED_ENDPOINTS = new Map<string, string>([
  ['www.youtube.com', 'https://www.youtube.com/oembed'],
  ['youtube.com', 'https://www.youtube.com/oembed'],
  ['youtu.be', 'https://www.youtube.com/oembed'],
  ['vimeo.com', 'https://vimeo.com/api/oembed.json'],
  ['open.spotify.com', 'https://open.spotify.com/oembed'],
]);

function samplePayload(event: string, memberId: number) {
  return {
    id: `evt_test_${Date.now()}`,
    type: event,
    test: true,
    createdAt: new Date().toISOString(),
    data: { memberId, site: 'lisbon-central', note: 'This is a test delivery from Deskhop.' },
  };
}

export async function sendTestWebhook(memberId: number, targetUrl: string, event: string): Promise<WebhookTestResult> {
  if (!/^https?:\/\//i.test(targetUrl)) {
    throw new HttpError(400, 'Webhook URL must use http or https');
  }
  const started = Date.now();
  const res = await axios.post(targetUrl, samplePayload(event, memberId), { // VULN ssrf
    timeout: 5000,
    maxRedirects: 0,
    responseType: 'text',
    headers: { 'User-Agent': 'Deskhop-Webhooks/1.0', 'X-Deskhop-Event': event },
    validateStatus: () => true,
  });
  return {
    status: res.status,
    durationMs: Date.now() - started,
    responseBody: String(res.data).slice(0, 4000),
  };
}

export async function fetchRoomCalendar(roomId: number, day: string): Promise<CalendarEvent[]> {
  const url = new URL(`/v2/resources/room-${roomId}/events`, config.calendar.baseUrl);
  url.searchParams.set('date', day);
  const res = await fetch(url, { // SAFE ssrf
    headers: { Authorization: `Bearer ${config.calendar.token}`, Accept: 'application/json' },
    cache: 'no-store',
  });
  if (!res.ok) {
    throw new HttpError(502, `Calendar service answered ${res.status}`);
  }
  const body = (await res.json()) as { events: CalendarEvent[] };
  return body.events;
}

export async function fetchEmbed(link: string): Promise<EmbedPreview | null> {
  let parsed: URL;
  try {
    parsed = new URL(link);
  } catch {
    return null;
  }
  const endpoint = OEMBED_ENDPOINTS.get(parsed.hostname);
  if (!endpoint || parsed.protocol !== 'https:') return null;
  const res = await fetch(`${endpoint}?format=json&url=${encodeURIComponent(parsed.toString())}`, { // SAFE ssrf
    next: { revalidate: 3600 },
  });
  if (!res.ok) return null;
  const data = (await res.json()) as { provider_name?: string; title?: string; thumbnail_url?: string };
  return {
    provider: data.provider_name ?? parsed.hostname,
    title: data.title ?? '',
    thumbnailUrl: data.thumbnail_url ?? null,
  };
}
