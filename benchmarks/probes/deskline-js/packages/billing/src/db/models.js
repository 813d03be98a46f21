'use strict';

const mongoose = require('mongoose');

const memberSchema = new mongoose.Schema({
  email: { type: String, required: true, lowercase: true, index: true },
  fullName: String,
  doorPin: { type: String, required: true },
  active: { type: Boolean, default: true },
  doors: [String],
});

const deskSchema = new mongoose.Schema({
  code: { type: String, required: true, unique: true },
  floor: Number,
  seats: { type: Number, default: 1 },
  amenities: [String],
  status: { type: String, enum: ['available', 'maintenance', 'retired'], default: 'available' },
});

module.exports = {
  Member: mongoose.model('AccessMember', memberSchema),
  Desk: mongoose.model('Desk', deskSchema),
};
