import type { VenueProfile } from '../types';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

/** Shared with the e-mail renderer, which needs the same markup. */
export function contactLinksHtml(venue: Pick<VenueProfile, 'website' | 'contactEmail' | 'phone'>): string {
  const links: string[] = [];
  if (venue.website) {
    links.push(`<a href="${escapeHtml(venue.website)}" target="_blank" rel="noopener noreferrer">Website</a>`);
  }
  if (venue.contactEmail) {
    links.push(`<a href="mailto:${escapeHtml(venue.contactEmail)}">${escapeHtml(venue.contactEmail)}</a>`);
  }
  if (venue.phone) {
    links.push(`<a href="tel:${escapeHtml(venue.phone.replace(/\s+/g, ''))}">${escapeHtml(venue.phone)}</a>`);
  }
  return links.join(' &middot; ');
}

export function formatPrice(cents: number, currency = 'EUR'): string {
  return new Intl.NumberFormat('nl-NL', { style: 'currency', currency }).format(cents / 100);
}

export function formatDate(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { dateStyle: 'full', timeStyle: 'short' });
}
