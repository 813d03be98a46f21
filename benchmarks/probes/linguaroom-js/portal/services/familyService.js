'use strict';

const fs = require('fs');
const path = require('path');
const config = require('../config');
const { collection } = require('../db');
const api = require('./linguaroomApi');

const REPORT_CARD_FILE = /^[a-f0-9]{24}-(spring|summer|autumn|winter)-\d{4}\.pdf$/;

function httpError(status, message) {
  const err = new Error(message);
  err.status = status;
  return err;
}

function assertGuardian(parent, childId) {
  if (!parent || !parent.childIds.includes(String(childId))) {
    throw httpError(404, 'We could not find this child in your family account.');
  }
  return String(childId);
}

function paragraphs(text) {
  return String(text)
    .trim()
    .split(/\r?\n\s*\r?\n/)
    .map((para) => `<p>${para.replace(/\r?\n/g, '<br>')}</p>`)
    .join('');
}

async function childOverview(parent, childId) {
  const id = assertGuardian(parent, childId);
  const students = await collection('students');
  const child = await students.findOne({ legacyId: id }, { projection: { firstName: 1, lastName: 1, courses: 1, birthYear: 1 } });
  if (!child) throw httpError(404, 'Student record not found');
  const [progress, placements] = await Promise.all([
    api.getChildProgress(id).catch(() => null),
    api.getPlacementResults(id).catch(() => []),
  ]);
  const contracts = await fs.promises.readdir(path.join(config.contractsDir, id)).catch(() => []);
  return { id, child, progress, placements, contracts };
}

async function listMessages(parent, childId) {
  const id = assertGuardian(parent, childId);
  const messages = await collection('family_messages');
  return messages.find({ childId: id }).sort({ sentAt: -1 }).limit(100).toArray();
}

async function postMessage(parent, childId, input) {
  const id = assertGuardian(parent, childId);
  const subject = String(input.subject || '').trim().slice(0, 140);
  const body = String(input.body || '').trim();
  if (!subject || !body) throw httpError(400, 'Subject and message are required.');
  const messages = await collection('family_messages');
  await messages.insertOne({
    childId: id,
    author: { id: parent.id, name: parent.name, kind: 'guardian' },
    subject,
    bodyHtml: paragraphs(body),
    attachmentUrl: input.attachmentUrl ? String(input.attachmentUrl).trim() : null,
    sentAt: new Date(),
  });
}

async function openContract(parent, childId, fileName) {
  const id = assertGuardian(parent, childId);
  const fullPath = path.join(config.contractsDir, id, fileName);
  await fs.promises.access(fullPath, fs.constants.R_OK).catch(() => {
    throw httpError(404, 'Contract not found');
  });
  return fs.createReadStream(fullPath); // VULN path
}

async function openReportCard(parent, childId, fileName) {
  const id = assertGuardian(parent, childId);
  if (!REPORT_CARD_FILE.test(fileName) || !fileName.startsWith(id)) {
    throw httpError(404, 'Report card not found');
  }
  return fs.createReadStream(path.join(config.reportCardsDir, fileName)); // SAFE path
}

async function invoicePdf(parent, ref) {
  if (!parent) throw httpError(401, 'Please sign in');
  return api.fetchInvoicePdf(ref);
}

module.exports = { childOverview, listMessages, postMessage, openContract, openReportCard, invoicePdf };
