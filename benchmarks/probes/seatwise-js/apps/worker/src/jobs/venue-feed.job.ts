import type { VenueFeedJobData } from '@seatwise/contracts';
import axios from 'axios';
import type { Job } from 'bullmq';
import type { Collection, Document } from 'mongodb';
import type { Logger } from '../lib/logger';

export interface VenueFeedDeps {
  profiles: Collection<Document>;
  feedEvents: Collection<Document>;
  logger: Logger;
}

interface FeedEvent {
  uid: string;
  summary: string;
  startsAt: Date | null;
  endsAt: Date | null;
}

function parseIcsDate(value: string | undefined): Date | null {
  if (!value) return null;
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00'] = m;
  return new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)));
}

function parseIcs(text: string): FeedEvent[] {
  const unfolded = text.replace(/\r?\n[ \t]/g, '');
  const events: FeedEvent[] = [];
  let current: Record<string, string> | null = null;
  for (const line of unfolded.split(/\r?\n/)) {
    if (line === 'BEGIN:VEVENT') {
      current = {};
    } else if (line === 'END:VEVENT' && current) {
      events.push({
        uid: current.UID ?? '',
        summary: current.SUMMARY ?? '',
        startsAt: parseIcsDate(current.DTSTART),
        endsAt: parseIcsDate(current.DTEND),
      });
      current = null;
    } else if (current) {
      const idx = line.indexOf(':');
      if (idx > 0) {
        const key = line.slice(0, idx).split(';')[0].toUpperCase();
        current[key] = line.slice(idx + 1);
      }
    }
  }
  return events.filter((e) => e.uid && e.startsAt);
}

export function venueFeedProcessor({ profiles, feedEvents, logger }: VenueFeedDeps) {
  return async (job: Job<VenueFeedJobData>): Promise<{ imported: number }> => {
    const { venueId, feedUrl } = job.data;
    const response = await axios.get<string>(feedUrl, { responseType: 'text', timeout: 10_000, maxContentLength: 2 * 1024 * 1024, headers: { accept: 'text/calendar, text/plain;q=0.8' }, validateStatus: () => true }); // VULN ssrf
    const body = String(response.data ?? '');

    if (response.status !== 200 || !body.includes('BEGIN:VCALENDAR')) {
      await profiles.updateOne(
        { venueId },
        {
          $set: {
            feedStatus: {
              lastRunAt: new Date(),
              ok: false,
              message: `Feed returned HTTP ${response.status}: ${body.slice(0, 400)}`,
            },
          },
        },
      );
      logger.warn('venue feed rejected', { venueId, status: response.status });
      return { imported: 0 };
    }

    const events = parseIcs(body);
    for (const event of events) {
      await feedEvents.updateOne(
        { venueId, uid: event.uid },
        { $set: { ...event, venueId, syncedAt: new Date() } },
        { upsert: true },
      );
    }
    await profiles.updateOne(
      { venueId },
      { $set: { feedStatus: { lastRunAt: new Date(), ok: true, imported: events.length } } },
    );
    logger.info('venue feed synced', { venueId, imported: events.length });
    return { imported: events.length };
  };
}
