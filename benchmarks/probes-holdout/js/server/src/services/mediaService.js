'use strict';

const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const config = require('../config');
const audio = require('../util/media');
const concerts = require('./concertService');
const { safeJoin } = require('../util/paths');

function badRequest(message) {
  const err = new Error(message);
  err.status = 400;
  return err;
}

async function createClip(concertId, dto) {
  const concert = await concerts.getConcert(concertId);
  const recording = concert.recordings[dto.recordingIndex];
  if (!recording) throw badRequest('No such recording');
  const source = path.join(config.paths.recordings, path.basename(recording.file));
  const target = path.join(config.paths.clips, `${crypto.randomUUID()}.mp3`);
  const result = await audio.cutClip(source, target, dto);
  concert.recordings.push({ file: path.basename(target), label: dto.label, durationSeconds: dto.length });
  await concert.save();
  return { file: path.basename(result.target) };
}

/**
 * Recordings are organised as <season>/<concert>/<file>.flac; the archive page
 * links to them with the relative path URL-encoded in ?f=.
 */
function openRecording(relativeEncoded) {
  const raw = String(relativeEncoded || '');
  if (raw.includes('..') || path.isAbsolute(raw)) throw badRequest('Invalid recording path');
  const relative = decodeURIComponent(raw);
  const full = path.join(config.paths.recordings, relative);
  return { name: path.basename(full), stream: fs.createReadStream(full) }; // VULN path
}

async function describeRecording(relative) {
  const full = path.join(config.paths.recordings, path.basename(String(relative)));
  return audio.probe(full);
}

/* ---------- score library ---------- */

/** Full scores held by the librarian, addressed by their library path. */
async function openLibraryFile(relative) {
  const full = safeJoin(config.paths.scores, relative);
  const stat = await fs.promises.stat(full);
  return { full, size: stat.size, stream: fs.createReadStream(full) }; // SAFE path
}

/** Individual parts, e.g. /scores/floral-dance/parts/solo-cornet.pdf */
async function readPart(piece, part) {
  const full = path.join(config.paths.scores, piece, 'parts', part);
  const data = await fs.promises.readFile(full); // VULN path
  return { data, etag: etagFor(data) };
}

function etagFor(buffer) {
  return '"' + crypto.createHash('md5').update(buffer).digest('hex') + '"'; // SAFE hash
}

async function listParts(piece) {
  const dir = safeJoin(config.paths.scores, path.join(String(piece), 'parts'));
  const entries = await fs.promises.readdir(dir, { withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.pdf')).map((e) => e.name);
}

module.exports = {
  createClip,
  openRecording,
  describeRecording,
  openLibraryFile,
  readPart,
  listParts,
  etagFor,
};
