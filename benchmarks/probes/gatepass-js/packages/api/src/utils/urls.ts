import { config } from '../config/index.js';

/** Returns a redirect target on one of our own hosts, or the fallback. */
export function safeRedirectTarget(candidate: unknown, fallback = '/'): string {
  if (typeof candidate !== 'string' || candidate.length === 0) return fallback;
  try {
    const parsed = new URL(candidate, config.publicBaseUrl);
    return parsed.protocol === 'https:' && config.trustedRedirectHosts.has(parsed.hostname) ? parsed.toString() : fallback;
  } catch {
    return fallback;
  }
}

export const isRelativeAppPath = (candidate: string): boolean => candidate.startsWith('/');
