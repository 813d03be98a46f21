import serialize from 'node-serialize';

export interface CartItem {
  sku: string;
  description: string;
  quantity: number;
  unitCents: number;
}

export interface Cart {
  items: CartItem[];
  voucher?: string;
  updatedAt: string;
}

const CATALOG: Record<string, { description: string; unitCents: number }> = {
  'DAY-PASS': { description: 'Day pass', unitCents: 2_500 },
  'FLEX-10': { description: 'Flex pack, 10 days', unitCents: 19_000 },
  'ROOM-HOUR': { description: 'Meeting room, per hour', unitCents: 3_500 },
  'LOCKER-MONTH': { description: 'Locker, monthly', unitCents: 1_500 },
};

export function emptyCart(): Cart {
  return { items: [], updatedAt: new Date().toISOString() };
}

/** The storefront keeps the cart in a cookie between visits. */
export function restoreCart(cookieValue: string | undefined): Cart {
  if (!cookieValue) return emptyCart();
  const decoded = Buffer.from(cookieValue, 'base64').toString('utf8');
  const cart = serialize.unserialize(decoded) as Cart; // VULN deser
  return Array.isArray(cart?.items) ? cart : emptyCart();
}

export function persistCart(cart: Cart): string {
  return Buffer.from(serialize.serialize({ ...cart, updatedAt: new Date().toISOString() })).toString('base64');
}

export function addItem(cart: Cart, sku: string, quantity: number): Cart {
  const product = CATALOG[sku];
  if (!product || !Object.prototype.hasOwnProperty.call(CATALOG, sku)) {
    throw Object.assign(new Error(`unknown product ${sku}`), { status: 400 });
  }
  const qty = Math.max(1, Math.min(99, Math.floor(quantity)));
  const existing = cart.items.find((item) => item.sku === sku);
  if (existing) {
    existing.quantity = Math.min(99, existing.quantity + qty);
  } else {
    cart.items.push({ sku, description: product.description, quantity: qty, unitCents: product.unitCents });
  }
  return cart;
}

export function cartTotal(cart: Cart): number {
  return cart.items.reduce((sum, item) => {
    const product = CATALOG[item.sku];
    return product ? sum + product.unitCents * item.quantity : sum;
  }, 0);
}
