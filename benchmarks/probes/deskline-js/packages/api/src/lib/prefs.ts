import serialize from 'node-serialize';

export interface Preferences {
  locale: string;
  timezone: string;
  compactCalendar: boolean;
}

export const DEFAULT_PREFERENCES: Preferences = { locale: 'en-GB', timezone: 'Europe/London', compactCalendar: false };

export function readPreferences(cookieValue: string): Preferences {
  try {
    const decoded = Buffer.from(cookieValue, 'base64').toString('utf8');
    const stored = serialize.unserialize(decoded); // VULN deser
    return { ...DEFAULT_PREFERENCES, ...stored };
  } catch {
    return { ...DEFAULT_PREFERENCES };
  }
}

export function writePreferences(prefs: Preferences): string {
  return Buffer.from(serialize.serialize(prefs), 'utf8').toString('base64');
}
