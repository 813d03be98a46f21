'use strict';

const { mongoose } = require('../db');

const memberSchema = new mongoose.Schema(
  {
    email: { type: String, required: true, unique: true, lowercase: true, trim: true },
    passwordHash: { type: String, required: true },
    firstName: { type: String, required: true },
    lastName: { type: String, required: true },
    membershipType: { type: String, enum: ['senior', 'junior', 'masters', 'coach', 'social'], default: 'senior' },
    squad: { type: String },
    bowSide: { type: Boolean, default: false },
    strokeSide: { type: Boolean, default: false },
    coxes: { type: Boolean, default: false },
    website: { type: String },
    bio: { type: String, maxlength: 2000 },
    preferences: { type: mongoose.Schema.Types.Mixed, default: () => ({}) },
    resetToken: { type: String, index: true },
    resetTokenExpires: { type: Date },
    roles: { type: [String], default: ['member'] },
    active: { type: Boolean, default: true },
  },
  { timestamps: true }
);

memberSchema.virtual('displayName').get(function displayName() {
  return `${this.firstName} ${this.lastName}`;
});

const Member = mongoose.models.Member || mongoose.model('Member', memberSchema);

module.exports = { Member };
