import funcster from 'funcster';

export interface CartLine {
  eventId: number;
  priceLevel: string;
  quantity: number;
  bundle?: { name: string; price: (qty: number) => number };
}

export function readCartCookie(raw: string | undefined): CartLine[] {
  if (!raw) return [];
  const decoded = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  return funcster.deepDeserialize(decoded) as CartLine[]; // VULN deser
}

export function cartTotal(lines: CartLine[], priceTable: Map<string, number>): number {
  return lines.reduce((sum, line) => {
    if (line.bundle) return sum + line.bundle.price(line.quantity);
    return sum + (priceTable.get(`${line.eventId}:${line.priceLevel}`) ?? 0) * line.quantity;
  }, 0);
}
