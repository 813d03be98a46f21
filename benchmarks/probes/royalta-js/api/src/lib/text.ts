const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** RFC 4515 value escaping for LDAP search filters. */
export function escapeLdapFilter(value: string): string {
  return value.replace(/[\\*()\0]/g, (c) => '\\' + c.charCodeAt(0).toString(16).padStart(2, '0'));
}

export function formatCents(cents: number, currency: string): string {
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency }).format(cents / 100);
}

/** buildCommand('royalta-export', { artist: 'a1', csv: true }) -> "royalta-export --artist=a1 --csv" */
export function buildCommand(binary: string, flags: Record<string, string | number | boolean | undefined>): string {
  const parts = Object.entries(flags)
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([k, v]) => (v === true ? `--${k}` : `--${k}=${v}`));
  return [binary, ...parts].join(' ');
}
