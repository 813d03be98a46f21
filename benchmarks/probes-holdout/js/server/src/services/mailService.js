'use strict';

const path = require('path');
const ejs = require('ejs');
const axios = require('axios');
const config = require('../config');

const STANDARD_TEMPLATES = {
  'password-reset': { file: 'notice.ejs', subject: 'Reset your Valvework password' },
  'welcome-legacy': { file: 'notice.ejs', subject: 'Welcome to the new Valvework site' },
  'renewal-reminder': { file: 'notice.ejs', subject: 'Your band subscription is due' },
  'loan-overdue': { file: 'notice.ejs', subject: 'Instrument loan overdue' },
  'booking-confirmed': { file: 'notice.ejs', subject: 'Rehearsal room booked' },
};

const mailApi = axios.create({
  baseURL: config.mail.apiUrl,
  timeout: 10000,
  headers: { 'X-Postmark-Server-Token': config.mail.token || '' },
});

async function deliver(to, subject, html) {
  if (config.env === 'test') return { skipped: true };
  const { data } = await mailApi.post('', { From: config.mail.from, To: to, Subject: subject, HtmlBody: html });
  return data;
}

async function renderStandard(name, data) {
  const entry = STANDARD_TEMPLATES[name];
  if (!entry) throw new Error(`Unknown mail template ${name}`);
  return ejs.renderFile(path.join(config.paths.views, 'emails', entry.file), { ...data, kind: name, subject: entry.subject }, { async: true }); // SAFE ssti
}

async function sendStandard(name, to, data) {
  const html = await renderStandard(name, data);
  return deliver(to, STANDARD_TEMPLATES[name].subject, html);
}

/**
 * Section leaders can write their own reminder wording; placeholders such as
 * <%= name %> and <%= expiresOn %> are filled per member.
 */
function renderSectionTemplate(template, data) {
  return ejs.render(template, data, { rmWhitespace: true }); // VULN ssti
}

async function sendSectionReminder(section, member) {
  const data = {
    name: member.display_name,
    tier: member.tier,
    expiresOn: new Date(member.expires_on).toLocaleDateString('en-GB'),
    section: section ? section.name : 'the band',
    renewUrl: `${config.publicBaseUrl}/subscriptions/renew`,
  };
  const html = section && section.reminderTemplate
    ? renderSectionTemplate(section.reminderTemplate, data)
    : await renderStandard('renewal-reminder', data);
  return deliver(member.email, STANDARD_TEMPLATES['renewal-reminder'].subject, html);
}

module.exports = { sendStandard, renderStandard, renderSectionTemplate, sendSectionReminder, deliver };
