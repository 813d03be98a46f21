'use strict';

const { Schema, model } = require('mongoose');

const ORDER_STATUSES = ['draft', 'confirmed', 'packed', 'dispatched', 'delivered', 'cancelled'];

const orderSchema = new Schema(
  {
    reference: { type: String, required: true, unique: true },
    buyerId: { type: String, required: true, index: true },
    growerId: { type: String, required: true, index: true },
    lines: [{ _id: false, lotCode: String, crop: String, qtyKg: { type: Number, min: 0 }, priceCents: { type: Number, min: 0 } }],
    total: { type: Number, min: 0 },
    status: { type: String, enum: ORDER_STATUSES, default: 'draft' },
    notes: String,
    delivery: { window: String, dock: String, contact: String },
  },
  { timestamps: true },
);

orderSchema.pre('validate', function computeTotal(next) {
  this.total = (this.lines || []).reduce((sum, l) => sum + Math.round(l.qtyKg * l.priceCents), 0);
  next();
});

module.exports = { Order: model('Order', orderSchema), ORDER_STATUSES };
