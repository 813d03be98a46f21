'use strict';

const { Order } = require('../models/order');

async function query(filter, limit = 50) {
  return Order.find(filter).sort({ createdAt: -1 }).limit(limit).lean(); // VULN nosqli
}

async function aboveTotal(buyerId, minTotal) {
  return Order.find({ buyerId, $where: `this.total >= ${minTotal}` }).sort({ total: -1 }).lean(); // VULN nosqli
}

async function forGrower(buyerId, growerId) {
  return Order.find({ buyerId, growerId }).sort({ createdAt: -1 }).limit(50).lean(); // SAFE nosqli
}

async function byReference(buyerId, reference) {
  return Order.findOne({ buyerId, reference: String(reference) });
}

async function searchReferences(buyerId, prefix) {
  const escaped = String(prefix).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return Order.find({ buyerId, reference: { $regex: `^${escaped}` } }, { reference: 1, total: 1 }).limit(20).lean();
}

module.exports = { query, aboveTotal, forGrower, byReference, searchReferences };
