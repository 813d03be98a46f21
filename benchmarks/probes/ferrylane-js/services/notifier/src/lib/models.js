'use strict';

const mongoose = require('mongoose');

const crewNoticeSchema = new mongoose.Schema(
  {
    slug: { type: String, required: true, unique: true },
    title: { type: String, required: true },
    bodyHtml: { type: String, required: true },
    summary: { type: String, required: true },
    footerHtml: String,
    messageTemplate: String,
    vessels: { type: [String], default: [] },
    publishedBy: String,
  },
  { collection: 'crew_notices', timestamps: true },
);

const CrewNotice = mongoose.models.CrewNotice || mongoose.model('CrewNotice', crewNoticeSchema);

async function connect(url) {
  if (mongoose.connection.readyState === 0) {
    await mongoose.connect(url, { serverSelectionTimeoutMS: 5000 });
  }
  return mongoose.connection;
}

async function findNotice(slug) {
  return CrewNotice.findOne({ slug: { $eq: String(slug) } }).lean();
}

module.exports = { CrewNotice, connect, findNotice };
