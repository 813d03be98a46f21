// Providers teachers use for their private availability calendars.
const CALENDAR_FEED_PREFIXES = ['https://calendar.google.com', 'https://outlook.office365.com', 'https://outlook.live.com'];

const AVATAR_HOSTS = new Set(['lh3.googleusercontent.com', 'secure.gravatar.com', 'avatars.githubusercontent.com']);

export function isCalendarFeedUrl(value: string): boolean {
  return CALENDAR_FEED_PREFIXES.some((prefix) => value.startsWith(prefix));
}

export function parseAvatarUrl(value: string): URL | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) {
    return null;
  }
  if (!AVATAR_HOSTS.has(url.hostname)) {
    return null;
  }
  return url;
}

export function parseWebhookUrl(value: string): URL | null {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * Accepts only same-origin absolute paths such as "/courses/123".
 */
export function safeLocalPath(value: string | undefined, fallback: string): string {
  if (!value || value.length > 512) return fallback;
  // Browsers drop tabs/newlines and treat backslashes as slashes, so refuse them outright.
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  if (!value.startsWith('/') || value.startsWith('//')) return fallback;
  return value;
}
