'use strict';

const fs = require('fs');
const path = require('path');
const { pipeline } = require('stream/promises');
const AdmZip = require('adm-zip');
const unzipper = require('unzipper');
const libxmljs = require('libxmljs');
const xml2js = require('xml2js');
const yaml = require('js-yaml');
const config = require('../config');
const { safeJoin } = require('../util/paths');
const { Concert } = require('../models');
const { exec, spawn } = require('child_process');

const SCORE_EXTENSIONS = new Set(['.pdf', '.mscz', '.musicxml', '.xml', '.ly']);
const RECORDING_EXTENSIONS = new Set(['.flac', '.wav', '.mp3']);

function unprocessable(message) {
  const err = new Error(message);
  err.status = 422;
  return err;
}

/** Bulk upload of the librarian's score folders, zipped on their laptop. */
function importScoreLibrary(zipBuffer, collection) {
  const dest = path.join(config.paths.scores, collection);
  const zip = new AdmZip(zipBuffer);
  const imported = [];
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory) continue;
    if (!SCORE_EXTENSIONS.has(path.extname(entry.entryName).toLowerCase())) continue;
    const target = path.join(dest, entry.entryName);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, entry.getData()); // VULN zipslip
    imported.push(entry.entryName);
  }
  return imported;
}

/** Concert recordings handed over by the sound engineer as one archive. */
async function importRecordingsArchive(archivePath, season) {
  const dest = path.join(config.paths.recordings, String(season));
  const directory = await unzipper.Open.file(archivePath);
  const imported = [];
  for (const entry of directory.files) {
    if (entry.type !== 'File') continue;
    if (!RECORDING_EXTENSIONS.has(path.extname(entry.path).toLowerCase())) continue;
    const target = safeJoin(dest, entry.path);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    await pipeline(entry.stream(), fs.createWriteStream(target)); // SAFE zipslip
    imported.push(path.relative(config.paths.recordings, target));
  }
  return imported;
}

/**
 * Programmes exported from BandMaster 5 (XML with <programme><item .../></programme>).
 */
async function importProgrammeXml(xmlText, concertId) {
  const doc = libxmljs.parseXml(xmlText, { noent: true, dtdload: true, noblanks: true }); // VULN xxe
  const pieces = doc.find('//item').map((item) => ({
    title: textOf(item, 'title'),
    composer: textOf(item, 'composer'),
    arranger: textOf(item, 'arranger'),
    soloist: textOf(item, 'soloist'),
    durationSeconds: Number(textOf(item, 'duration')) || undefined,
  }));
  const notesNode = doc.get('//notes');
  const concert = await Concert.findById(concertId).exec();
  if (!concert) throw unprocessable('Concert not found');
  concert.pieces = pieces;
  if (notesNode) concert.programmeNotes = notesNode.text();
  await concert.save();
  return pieces.length;
}

function textOf(node, name) {
  const child = node.get(name);
  return child ? child.text().trim() : undefined;
}

/** Membership roll exported from the county association's XML register. */
async function parseMemberRegister(xmlText) {
  const parser = new xml2js.Parser({ explicitArray: false, trim: true });
  const parsed = await parser.parseStringPromise(xmlText); // SAFE xxe
  const list = parsed && parsed.register && parsed.register.member;
  const rows = Array.isArray(list) ? list : list ? [list] : [];
  return rows.map((m) => ({
    name: m.name,
    email: m.email,
    section: m.section,
    instrument: m.instrument,
    cardNumber: m.card,
  })).filter((m) => m.name && m.email);
}

/** Set lists written by the MD in YAML (title/composer/notes per item). */
function parseSetlist(yamlText) {
  const doc = yaml.load(yamlText, { schema: yaml.CORE_SCHEMA }); // SAFE deser
  if (!doc || !Array.isArray(doc.items)) throw unprocessable('Set list must have an items array');
  return doc.items.slice(0, 60).map((item) => ({
    title: String(item.title || ''),
    composer: item.composer ? String(item.composer) : undefined,
    durationSeconds: Number(item.duration) || undefined,
  }));
}

/* ---------- backups ---------- */

function stamp() {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

/** Nightly or on-demand pg_dump; the label shows up in the admin backups list. */
function createDatabaseDump(label) {
  const file = path.join(config.paths.backups, `valvework-${stamp()}-${label}.sql.gz`);
  return new Promise((resolve, reject) => {
    exec(`pg_dump --no-owner "${config.pg.connectionString}" | gzip > ${file}`, { timeout: 10 * 60 * 1000 }, (err) => (err ? reject(err) : resolve(file))); // VULN cmdi
  });
}

/** Tarball of the score library for the off-site drive. */
function archiveScores() {
  const archive = path.join(config.paths.backups, `scores-${stamp()}.tar.gz`);
  return new Promise((resolve, reject) => {
    const child = spawn('tar', ['-czf', archive, '-C', config.paths.scores, '.'], { stdio: 'ignore' }); // SAFE cmdi
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(archive) : reject(new Error(`tar exited with ${code}`))));
  });
}

async function listBackups() {
  const names = await fs.promises.readdir(config.paths.backups);
  return names.filter((n) => n.endsWith('.gz')).sort().reverse();
}

module.exports = {
  importScoreLibrary,
  importRecordingsArchive,
  importProgrammeXml,
  parseMemberRegister,
  parseSetlist,
  createDatabaseDump,
  archiveScores,
  listBackups,
};
