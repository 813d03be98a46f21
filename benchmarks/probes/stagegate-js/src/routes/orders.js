'use strict';

const express = require('express');
const Handlebars = require('handlebars');
const config = require('../config');
const orderRepository = require('../repositories/orderRepository');
const eventService = require('../services/eventService');
const pricingService = require('../services/pricingService');
const { requireUser } = require('../middleware/auth');
const { loadCart, saveCart } = require('../middleware/cart');
const { generateConfirmationCode } = require('../utils/tokens');
const { HttpError, asyncHandler } = require('../utils/httpError');
const { formatCents } = require('../utils/html');

const router = express.Router();

router.get('/', requireUser, asyncHandler(async (req, res) => {
  const orders = await orderRepository.listForCustomer(req.user.id, {
    sort: req.query.sort,
    direction: req.query.dir,
    page: parseInt(req.query.page, 10) || 1,
  });
  res.json(orders);
}));

router.post('/cart/items', loadCart, (req, res) => {
  const eventId = Number.parseInt(req.body.eventId, 10);
  const quantity = Number.parseInt(req.body.quantity, 10);
  if (!eventId || !quantity || quantity < 1 || quantity > config.orders.maxTicketsPerOrder) {
    return res.status(400).json({ error: 'invalid cart item' });
  }
  const existing = req.cart.items.find((i) => i.eventId === eventId);
  if (existing) existing.quantity = Math.min(existing.quantity + quantity, config.orders.maxTicketsPerOrder);
  else req.cart.items.push({ eventId, quantity, tier: req.body.tier || 'standard' });
  saveCart(res, req.cart);
  return res.status(201).json(req.cart);
});

router.post('/', requireUser, asyncHandler(async (req, res) => {
  const event = await eventService.getEvent(req.body.eventId);
  const quantity = Number.parseInt(req.body.quantity, 10);
  if (!quantity || quantity > config.orders.maxTicketsPerOrder) throw new HttpError(400, 'invalid quantity');
  const unit = pricingService.priceForTier(event.minPriceCents, req.body.tier || 'standard');
  const subtotal = unit * quantity;
  const order = await orderRepository.create({
    customerId: req.user.id,
    eventId: event.id,
    quantity,
    totalCents: subtotal + pricingService.serviceFee(subtotal, quantity),
    confirmationCode: generateConfirmationCode(),
    giftMessage: req.body.giftMessage ? String(req.body.giftMessage).slice(0, 500) : null,
  });
  res.status(201).json({ code: order.confirmationCode, totalCents: order.totalCents });
}));

router.get('/:code/receipt', asyncHandler(async (req, res) => {
  const order = await orderRepository.findByConfirmationCode(req.params.code);
  if (!order) throw new HttpError(404, 'order not found');
  const event = await eventService.getEvent(order.eventId);
  const e = Handlebars.escapeExpression;
  const priceRows = [
    `<tr><td>${e(event.title)} x ${order.quantity}</td><td>${e(formatCents(order.totalCents))}</td></tr>`,
  ].join('');
  res.render('receipt.hbs', {
    layout: false,
    code: order.confirmationCode,
    eventTitle: event.title,
    giftMessage: order.giftMessage,
    priceRows,
  });
}));

module.exports = router;
