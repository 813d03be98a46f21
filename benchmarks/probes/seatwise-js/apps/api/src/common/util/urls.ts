const TRUSTED_HOST = /^https:\/\/[^/]*seatwise\.io/i;

/** True for same-site paths such as `/orders/123?tab=tickets`. */
export function isSafeRelativePath(value: string): boolean {
  if (!value.startsWith('/')) return false;
  if (value.startsWith('//') || value.startsWith('/\\')) return false;
  return !/[\u0000-\u001f]/.test(value);
}

/** Marketing and help-centre pages live on seatwise.io subdomains. */
export function isTrustedDomain(value: string): boolean {
  return TRUSTED_HOST.test(value);
}

export function hostnameOf(value: string): string | null {
  try {
    return new URL(value).hostname.toLowerCase();
  } catch {
    return null;
  }
}
