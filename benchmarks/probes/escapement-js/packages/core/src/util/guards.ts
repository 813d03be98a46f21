import path from 'node:path';

export class ValidationError extends Error {
  readonly statusCode = 400;

  constructor(message: string, readonly field?: string) {
    super(message);
    this.name = 'ValidationError';
  }
}

export class PathEscapeError extends Error {
  readonly statusCode = 400;

  constructor(readonly attempted: string) {
    super('Requested file is outside the storage area');
    this.name = 'PathEscapeError';
  }
}

const QUOTE_TOKEN = /^[A-Za-z0-9_-]{32}$/;
const ORDER_REFERENCE = /^ESC-\d{4}-\d{4,6}$/;
const IMAGE_NAME = /[\w-]+\.(jpe?g|png|tiff?|heic)/i;
const RETURN_PATH = /^\/(?![/\\])[\w\-./?=&%~]*$/;

export function isQuoteToken(value: unknown): value is string {
  return typeof value === 'string' && QUOTE_TOKEN.test(value);
}

export function isOrderReference(value: unknown): value is string {
  return typeof value === 'string' && ORDER_REFERENCE.test(value);
}

export function isImageFileName(name: string): boolean {
  return IMAGE_NAME.test(name);
}

export function toPositiveInt(value: unknown, field = 'id'): number {
  const parsed = typeof value === 'number' ? value : Number.parseInt(String(value ?? ''), 10);
  if (!Number.isSafeInteger(parsed) || parsed <= 0) {
    throw new ValidationError(`${field} must be a positive whole number`, field);
  }
  return parsed;
}

export function isLocalPath(candidate: unknown): candidate is string {
  return typeof candidate === 'string' && candidate.startsWith('/') && !candidate.includes('\\');
}

export function safeReturnPath(candidate: unknown, fallback = '/'): string {
  if (typeof candidate !== 'string' || candidate.length > 512 || !RETURN_PATH.test(candidate)) {
    return fallback;
  }
  return candidate;
}

export function parseHttpsUrl(raw: unknown, field = 'url'): URL {
  if (typeof raw !== 'string' || raw.length > 2048) {
    throw new ValidationError(`${field} must be a URL`, field);
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ValidationError(`${field} is not a valid URL`, field);
  }
  if (url.protocol !== 'https:') {
    throw new ValidationError(`${field} must use https`, field);
  }
  return url;
}

export function isSupplierListingUrl(raw: string, listingDomain: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && url.hostname.endsWith(listingDomain);
}

export function isPreferredSupplierUrl(url: URL, preferredHosts: readonly string[]): boolean {
  return url.protocol === 'https:' && url.port === '' && url.username === '' && preferredHosts.includes(url.hostname.toLowerCase());
}

export function resolveInside(root: string, ...segments: string[]): string {
  const base = path.resolve(root);
  const target = path.resolve(base, ...segments);
  if (target !== base && !target.startsWith(base + path.sep)) {
    throw new PathEscapeError(target);
  }
  return target;
}
