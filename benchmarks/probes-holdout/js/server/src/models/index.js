'use strict';

const { Schema, model } = require('mongoose');

/* ---------- Member ---------- */

const memberSchema = new Schema(
  {
    name: { type: String, required: true, trim: true },
    email: { type: String, required: true, unique: true, lowercase: true, trim: true },
    passwordHash: { type: String },
    legacyImport: { type: Boolean, default: false },
    section: { type: String, index: true },
    instrument: { type: String },
    roles: { type: [String], default: ['member'] },
    website: { type: String, trim: true },
    bio: { type: String, maxlength: 4000 },
    listed: { type: Boolean, default: true },
    preferences: { type: Schema.Types.Mixed, default: () => ({ notifications: { email: true }, theme: 'light' }) },
    cardNumber: { type: String, index: true },
    kioskPin: { type: String },
    apiKey: { type: String, index: true, sparse: true },
    avatarFile: { type: String },
    resetToken: { type: String, index: true, sparse: true },
    resetExpires: { type: Date },
    joinedAt: { type: Date, default: Date.now },
  },
  { timestamps: true, minimize: false }
);

memberSchema.methods.hasRole = function hasRole(role) {
  return this.roles.includes(role) || this.roles.includes('admin');
};

memberSchema.methods.toPublicProfile = function toPublicProfile() {
  return {
    id: this._id.toString(),
    name: this.name,
    section: this.section,
    instrument: this.instrument,
    website: this.website,
    bio: this.bio,
    joinedAt: this.joinedAt,
  };
};

const Member = model('Member', memberSchema);

/* ---------- Concert ---------- */

const pieceSchema = new Schema(
  {
    title: String,
    composer: String,
    arranger: String,
    durationSeconds: Number,
    soloist: String,
  },
  { _id: false }
);

const concertSchema = new Schema(
  {
    title: { type: String, required: true },
    venue: { type: String, required: true },
    season: { type: String, index: true },
    startsAt: { type: Date, required: true },
    programmeNotes: { type: String, default: '' },
    ticketUrl: { type: String },
    boxOfficeEventId: { type: String },
    venueMapUrl: { type: String },
    pieces: { type: [pieceSchema], default: [] },
    published: { type: Boolean, default: false },
    createdBy: { type: Schema.Types.ObjectId, ref: 'Member' },
    recordings: [{ file: String, label: String, durationSeconds: Number }],
  },
  { timestamps: true }
);

concertSchema.index({ season: 1, startsAt: 1 });

const Concert = model('Concert', concertSchema);

/* ---------- Section ---------- */

const sectionSchema = new Schema(
  {
    slug: { type: String, required: true, unique: true },
    name: { type: String, required: true },
    leaderId: { type: Schema.Types.ObjectId, ref: 'Member' },
    calendarUrl: { type: String },
    webhookUrl: { type: String },
    reminderTemplate: { type: String },
    lastCalendarSync: { type: Date },
    calendarEvents: [{ uid: String, summary: String, startsAt: Date, location: String }],
  },
  { timestamps: true }
);

sectionSchema.methods.isLedBy = function isLedBy(member) {
  return Boolean(member) && (member.roles.includes('admin') || String(this.leaderId) === String(member._id));
};

const Section = model('Section', sectionSchema);

module.exports = { Member, Concert, Section };
