import { config } from '../../config';

export class UrlRejectedError extends Error {
  constructor(reason: string) {
    super(`URL rejected: ${reason}`);
    this.name = 'UrlRejectedError';
  }
}

const TILE_HOSTS = new Set(config.integrations.tileHosts);

/** Basemap tiles may only come from our own tile CDN over HTTPS. */
export function assertTileUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UrlRejectedError('malformed');
  }
  if (url.protocol !== 'https:') throw new UrlRejectedError('protocol');
  if (url.username || url.password) throw new UrlRejectedError('credentials');
  if (url.port && url.port !== '443') throw new UrlRejectedError('port');
  if (!TILE_HOSTS.has(url.hostname)) throw new UrlRejectedError('host');
  return url;
}

/** Aerial imagery is mirrored from any of our regional imagery buckets. */
export function isTrustedImageryHost(hostname: string): boolean {
  return hostname.toLowerCase().endsWith(config.integrations.imageryDomain);
}

export function isHttpUrl(raw: string): boolean {
  try {
    const u = new URL(raw);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

const INTERNAL_PATH = /^\/(?![\/\\])[A-Za-z0-9\-._~\/?=&%]*$/;

/** Returns a same-origin path or the dashboard. */
export function safeReturnPath(candidate: unknown, fallback = '/dashboard'): string {
  if (typeof candidate !== 'string' || candidate.length > 512) return fallback;
  return INTERNAL_PATH.test(candidate) ? candidate : fallback;
}

/** Quick check used by the homeowner login form. */
export function isInternalPath(candidate: string): boolean {
  return candidate.startsWith('/');
}
