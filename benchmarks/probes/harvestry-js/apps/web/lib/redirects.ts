const CONTROL_OR_BACKSLASH = /[\u0000-\u001f\u007f\\]/;

/**
 * Returns `raw` when it is a same-site absolute path, otherwise `fallback`.
 */
export function safeReturnPath(raw: unknown, fallback = '/'): string {
  if (typeof raw !== 'string' || raw.length > 512) {
    return fallback;
  }
  if (!raw.startsWith('/') || raw.startsWith('//') || CONTROL_OR_BACKSLASH.test(raw)) {
    return fallback;
  }
  return raw;
}
