import Router from 'koa-router';
import { addItem, cartTotal, emptyCart, persistCart, restoreCart } from '../services/cartService';

export const cartRouter = new Router({ prefix: '/cart' });

const CART_COOKIE = 'dh_cart';
const COOKIE_OPTIONS = { httpOnly: true, sameSite: 'lax' as const, maxAge: 14 * 24 * 3600 * 1000, overwrite: true };

cartRouter.get('/', async (ctx) => {
  const cart = restoreCart(ctx.cookies.get(CART_COOKIE));
  ctx.body = { ...cart, totalCents: cartTotal(cart) };
});

cartRouter.post('/items', async (ctx) => {
  const { sku, quantity } = (ctx.request.body ?? {}) as { sku?: string; quantity?: number };
  if (typeof sku !== 'string') ctx.throw(400, 'sku is required');
  const cart = addItem(restoreCart(ctx.cookies.get(CART_COOKIE)), sku, Number(quantity ?? 1));
  ctx.cookies.set(CART_COOKIE, persistCart(cart), COOKIE_OPTIONS);
  ctx.status = 201;
  ctx.body = { ...cart, totalCents: cartTotal(cart) };
});

cartRouter.delete('/', async (ctx) => {
  ctx.cookies.set(CART_COOKIE, persistCart(emptyCart()), COOKIE_OPTIONS);
  ctx.status = 204;
});
