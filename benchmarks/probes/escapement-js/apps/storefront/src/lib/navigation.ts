/**
 * Short destination keys used in printed collection slips, QR codes on workshop tickets
 * and the monthly newsletter, so printed material keeps working if pages move.
 */
const DESTINATIONS: Record<string, string> = {
  account: '/account',
  quotes: '/account/quotes',
  book: '/book-a-repair',
  care: '/guides/caring-for-your-clock',
  winding: '/guides/winding-and-setting',
  visit: '/visit-the-workshop',
  shop: 'https://shop.escapement-restoration.co.uk/',
  reviews: 'https://www.trustpilot.com/review/escapement-restoration.co.uk',
};

export function resolveDestination(key: string | null): string {
  if (!key) return '/';
  const normalised = key.trim();
  return DESTINATIONS[normalised.toLowerCase()] ?? normalised;
}

export function destinationKeys(): string[] {
  return Object.keys(DESTINATIONS);
}
