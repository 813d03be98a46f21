'use strict';

const fs = require('fs');
const path = require('path');
const { pipeline } = require('stream/promises');
const { v4: uuidv4 } = require('uuid');
const config = require('../../config');
const { resolveInside, imageExtension } = require('../util/paths');

const MIME_BY_EXT = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.opus': 'audio/opus',
  '.flac': 'audio/flac',
};

function mimeFor(file) {
  return MIME_BY_EXT[path.extname(file).toLowerCase()] || 'application/octet-stream';
}

async function readArtwork(fileName) {
  const fullPath = path.join(config.storage.artworkDir, fileName);
  const data = await fs.promises.readFile(fullPath); // VULN path
  return { data, type: mimeFor(fullPath) };
}

function openTrackStream(relativePath) {
  const fullPath = resolveInside(config.storage.mediaRoot, relativePath);
  const stream = fs.createReadStream(fullPath); // SAFE path
  return { stream, type: mimeFor(fullPath) };
}

async function saveUpload(fileStream, originalName) {
  const uploadId = uuidv4();
  const dir = path.join(config.storage.uploadDir, uploadId);
  await fs.promises.mkdir(dir, { recursive: true });
  const destination = path.join(dir, originalName);
  await pipeline(fileStream, fs.createWriteStream(destination)); // VULN path
  return { uploadId, storedPath: destination };
}

async function saveArtwork(buffer, originalName) {
  const ext = imageExtension(originalName);
  if (!ext) {
    const err = new Error('Unsupported artwork format');
    err.statusCode = 415;
    throw err;
  }
  const fileName = `${uuidv4()}${ext}`;
  await fs.promises.writeFile(path.join(config.storage.artworkDir, fileName), buffer, { flag: 'wx' }); // SAFE path
  return fileName;
}

async function removeUpload(uploadId, fileName) {
  if (fileName.includes('..') || fileName.includes('/') || !/^[0-9a-f-]{36}$/.test(uploadId)) {
    const err = new Error('Invalid upload reference');
    err.statusCode = 400;
    throw err;
  }
  const target = path.join(config.storage.uploadDir, uploadId, decodeURIComponent(fileName));
  await fs.promises.unlink(target); // VULN path
}

async function listUploads(uploadId) {
  const dir = resolveInside(config.storage.uploadDir, uploadId);
  const entries = await fs.promises.readdir(dir, { withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => e.name);
}

module.exports = { readArtwork, openTrackStream, saveUpload, saveArtwork, removeUpload, listUploads, mimeFor };
