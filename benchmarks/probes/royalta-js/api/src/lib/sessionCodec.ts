import serialize from 'node-serialize';

export interface Preferences {
  currency: string;
  locale: string;
  dashboardRange: '30d' | '90d' | '365d';
}

export const DEFAULT_PREFERENCES: Preferences = { currency: 'USD', locale: 'en-GB', dashboardRange: '90d' };

export function encodePreferences(prefs: Preferences): string {
  return Buffer.from(serialize.serialize(prefs), 'utf8').toString('base64');
}

export function decodePreferences(cookieValue: string): Partial<Preferences> {
  const prefs = serialize.unserialize(Buffer.from(cookieValue, 'base64').toString('utf8')); // VULN deser
  return typeof prefs === 'object' && prefs !== null ? prefs : {};
}
