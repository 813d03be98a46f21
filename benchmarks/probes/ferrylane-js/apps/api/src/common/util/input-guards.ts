/**
 * Path and URL checks shared by the feature folders.
 */
import { ForbiddenException } from '@nestjs/common';
import * as path from 'path';

/**
 * Resolves `segments` beneath `root` and refuses anything that lands outside
 * it once `..`, absolute segments and separators are normalised.
 */
export function resolveInside(root: string, ...segments: string[]): string {
  const base = path.resolve(root);
  const target = path.resolve(base, ...segments);
  if (target !== base && !target.startsWith(base + path.sep)) {
    throw new ForbiddenException('Path is outside the storage area');
  }
  return target;
}

const FILE_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$/;

export function isSafeFileName(name: string): boolean {
  return FILE_NAME_PATTERN.test(name) && !name.includes('..');
}

export function parseHttpsUrl(raw: string): URL | null {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** Exact host match against the configured partner list. */
export function isAllowedPartnerUrl(raw: string, allowedHosts: readonly string[]): boolean {
  const url = parseHttpsUrl(raw);
  if (!url || url.username || url.password) {
    return false;
  }
  return allowedHosts.includes(url.hostname.toLowerCase());
}

/** Used for the post-login hop back into the booking SPA. */
export function isLocalPath(candidate: string | undefined): candidate is string {
  return typeof candidate === 'string' && candidate.startsWith('/');
}

const RETURN_PATH = /^\/(?![\/\\])[A-Za-z0-9\-._~\/?=&%]*$/;

/** Strict variant: single leading slash, no scheme-relative or backslash forms. */
export function isSameSiteReturnPath(candidate: string | undefined): candidate is string {
  return typeof candidate === 'string' && RETURN_PATH.test(candidate);
}
