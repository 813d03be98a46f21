'use strict';

const axios = require('axios');
const crypto = require('crypto');
const { Section } = require('../models');
const { queues } = require('../queue/queues');
const { parseHttpUrl, isTrustedWebhook } = require('../util/http');

function forbidden(message) {
  const err = new Error(message);
  err.status = 403;
  return err;
}

async function loadSection(slug) {
  const section = await Section.findOne({ slug: String(slug) }).exec();
  if (!section) {
    const err = new Error('Section not found');
    err.status = 404;
    throw err;
  }
  return section;
}

async function updateSettings(slug, member, settings) {
  const section = await loadSection(slug);
  if (!section.isLedBy(member)) throw forbidden('Only the section leader can change these settings');
  if (settings.calendarUrl !== undefined) {
    if (settings.calendarUrl && !parseHttpUrl(settings.calendarUrl)) {
      const err = new Error('calendarUrl must be an http(s) address');
      err.status = 422;
      throw err;
    }
    section.calendarUrl = settings.calendarUrl || undefined;
  }
  if (settings.webhookUrl !== undefined) section.webhookUrl = settings.webhookUrl || undefined;
  if (settings.reminderTemplate !== undefined) section.reminderTemplate = settings.reminderTemplate || undefined;
  await section.save();
  return section;
}

async function requestCalendarSync(slug) {
  const section = await loadSection(slug);
  if (!section.calendarUrl) return null;
  const job = await queues.calendars.add('sync', { sectionId: section._id.toString() });
  return job.id;
}

/** Pull the section's external iCal feed (Google/Outlook) into sectional rehearsals. */
async function syncCalendar(sectionId) {
  const section = await Section.findById(sectionId).exec();
  if (!section || !section.calendarUrl) return 0;
  const response = await axios.get(section.calendarUrl, { timeout: 15000, responseType: 'text', maxContentLength: 2 * 1024 * 1024 }); // VULN ssrf
  const events = parseIcs(response.data).slice(0, 200);
  section.calendarEvents = events;
  section.lastCalendarSync = new Date();
  await section.save();
  return events.length;
}

async function requestWebhookTest(slug, member) {
  const section = await loadSection(slug);
  if (!section.isLedBy(member)) throw forbidden('Only the section leader can test the webhook');
  if (!section.webhookUrl || !isTrustedWebhook(section.webhookUrl)) {
    const err = new Error('Webhook must point at Slack or Discord');
    err.status = 422;
    throw err;
  }
  const job = await queues.webhooks.add('post', {
    url: section.webhookUrl,
    payload: { text: `Valvework test message for ${section.name}` },
    deliveryId: crypto.randomUUID(),
  });
  return job.id;
}

/* ---------- iCal parsing ---------- */

/** Minimal VEVENT reader: enough for SUMMARY/DTSTART/LOCATION/UID. */
function parseIcs(text) {
  const unfolded = String(text).replace(/\r?\n[ \t]/g, '');
  const events = [];
  let current = null;
  for (const line of unfolded.split(/\r?\n/)) {
    if (line === 'BEGIN:VEVENT') {
      current = {};
    } else if (line === 'END:VEVENT') {
      if (current && current.startsAt) events.push(current);
      current = null;
    } else if (current) {
      const idx = line.indexOf(':');
      if (idx < 0) continue;
      const key = line.slice(0, idx).split(';')[0];
      const value = line.slice(idx + 1);
      if (key === 'SUMMARY') current.summary = value.slice(0, 200);
      if (key === 'LOCATION') current.location = value.slice(0, 200);
      if (key === 'UID') current.uid = value.slice(0, 200);
      if (key === 'DTSTART') current.startsAt = parseIcsDate(value);
    }
  }
  return events;
}

function parseIcsDate(value) {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(value);
  if (!m) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00'] = m;
  return new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)));
}

module.exports = { loadSection, updateSettings, requestCalendarSync, syncCalendar, requestWebhookTest };
