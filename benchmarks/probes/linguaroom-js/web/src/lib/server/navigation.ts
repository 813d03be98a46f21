const PLACEHOLDER_ORIGIN = 'https://placeholder.invalid';
const ALLOWED_SECTIONS = ['/courses', '/placement', '/account', '/schedule', '/payroll'];

/**
 * Turns an untrusted "redirectTo" value into a path inside this app.
 */
export function safeRedirect(target: string | null | undefined, fallback = '/account'): string {
  if (!target) return fallback;
  let url: URL;
  try {
    url = new URL(target, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return fallback;
  const allowed = ALLOWED_SECTIONS.some((section) => url.pathname === section || url.pathname.startsWith(`${section}/`));
  return allowed ? `${url.pathname}${url.search}` : fallback;
}
