import { config } from '../config';

export class FeedUrlError extends Error {}

export function assertCalendarUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.replace(/^webcal:/i, 'https:'));
  } catch {
    throw new FeedUrlError('malformed url');
  }
  if (url.protocol !== 'https:' || !config.calendarHosts.has(url.hostname.toLowerCase())) {
    throw new FeedUrlError(`${url.hostname} is not a supported calendar provider`);
  }
  url.username = '';
  url.password = '';
  return url;
}
