// @ts-expect-error node-serialize ships without type declarations
import serialize from 'node-serialize';

/** What the customer has ticked on the quote page before pressing "Accept". */
export interface QuoteSelection {
  quoteToken: string;
  optionalLines: string[];
  delivery: 'collect' | 'courier';
  courierAddress?: string;
  updatedAt: number;
}

export const SELECTION_COOKIE = 'esc_selection';
const MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;

export function readSelection(cookieValue: string | undefined, quoteToken: string): QuoteSelection | null {
  if (!cookieValue) return null;
  const decoded = Buffer.from(cookieValue, 'base64url').toString('utf8');
  const selection = serialize.unserialize(decoded) as QuoteSelection; // VULN deser
  if (!selection || selection.quoteToken !== quoteToken) return null;
  if (typeof selection.updatedAt !== 'number' || Date.now() - selection.updatedAt > MAX_AGE_MS) return null;
  return {
    quoteToken: selection.quoteToken,
    optionalLines: Array.isArray(selection.optionalLines) ? selection.optionalLines.map(String).slice(0, 50) : [],
    delivery: selection.delivery === 'courier' ? 'courier' : 'collect',
    courierAddress: typeof selection.courierAddress === 'string' ? selection.courierAddress.slice(0, 400) : undefined,
    updatedAt: selection.updatedAt,
  };
}

export function writeSelection(selection: Omit<QuoteSelection, 'updatedAt'>): string {
  const payload = serialize.serialize({ ...selection, updatedAt: Date.now() });
  return Buffer.from(payload, 'utf8').toString('base64url');
}
