const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

export function nl2br(escaped: string): string {
  return escaped.replace(/\r?\n/g, '<br>');
}

const TIER_LABELS = ['Unrated', 'Low', 'Moderate', 'High', 'Very high', 'Extreme'];

export function tierLabel(tier: number): string {
  return TIER_LABELS[tier] ?? TIER_LABELS[0];
}

export function tierColor(tier: number): string {
  const palette = ['#9e9e9e', '#4caf50', '#ffc107', '#ff9800', '#f44336', '#7b1fa2'];
  return palette[tier] ?? palette[0];
}
