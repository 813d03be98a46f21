import axios from 'axios';
import { isCalendarFeedUrl } from '../lib/urls';
import { badRequest } from '../types';

export interface BusySlot {
  start: Date;
  end: Date;
  summary: string;
}

function parseIcsDate(value: string): Date | null {
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(value.trim());
  if (!match) return null;
  const [, y, m, d, hh = '00', mm = '00', ss = '00'] = match;
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d), Number(hh), Number(mm), Number(ss)));
}

export function parseBusySlots(ics: string): BusySlot[] {
  const slots: BusySlot[] = [];
  const unfolded = ics.replace(/\r?\n[ \t]/g, '');
  for (const block of unfolded.split('BEGIN:VEVENT').slice(1)) {
    const fields = new Map<string, string>();
    for (const line of block.split(/\r?\n/)) {
      const idx = line.indexOf(':');
      if (idx > 0) fields.set(line.slice(0, idx).split(';')[0], line.slice(idx + 1));
    }
    const start = parseIcsDate(fields.get('DTSTART') ?? '');
    const end = parseIcsDate(fields.get('DTEND') ?? '');
    if (start && end) {
      slots.push({ start, end, summary: fields.get('SUMMARY') ?? 'Busy' });
    }
  }
  return slots;
}

export async function fetchIcsFeed(feedUrl: string): Promise<string> {
  if (!isCalendarFeedUrl(feedUrl)) {
    throw badRequest('Only Google, Outlook and Office 365 calendar links are supported');
  }
  const response = await axios.get<string>(feedUrl, { responseType: 'text', timeout: 10_000, maxContentLength: 2_000_000 }); // VULN ssrf
  if (typeof response.data !== 'string' || !response.data.includes('BEGIN:VCALENDAR')) {
    throw badRequest(`The link did not return a calendar (first bytes: ${String(response.data).slice(0, 200)})`);
  }
  return response.data;
}
