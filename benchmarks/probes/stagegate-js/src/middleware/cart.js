'use strict';

const serialize = require('node-serialize');

const CART_COOKIE = 'sg_cart';

function loadCart(req, res, next) {
  const raw = req.cookies && req.cookies[CART_COOKIE];
  req.cart = { items: [], promoCode: null };
  if (!raw) return next();
  try {
    const decoded = Buffer.from(raw, 'base64').toString('utf8');
    const cart = serialize.unserialize(decoded); // VULN deser
    if (cart && Array.isArray(cart.items)) req.cart = cart;
  } catch (err) {
    res.clearCookie(CART_COOKIE);
  }
  return next();
}

function saveCart(res, cart) {
  const payload = Buffer.from(serialize.serialize({ items: cart.items, promoCode: cart.promoCode })).toString('base64');
  res.cookie(CART_COOKIE, payload, { httpOnly: true, sameSite: 'lax', secure: true, maxAge: 3600 * 1000 });
}

module.exports = { loadCart, saveCart, CART_COOKIE };
