'use strict';

const { exec, spawn } = require('child_process');
const { promisify } = require('util');
const fs = require('fs');
const path = require('path');
const AdmZip = require('adm-zip');
const config = require('../../config');
const { resolveInside, imageExtension } = require('../util/paths');

const execAsync = promisify(exec);
const SLUG_RE = /^[a-z0-9-]{2,64}$/;

/**
 * Packs a show's recordings into a tarball for the community archive.
 */
async function exportShow({ slug, label }) {
  if (!SLUG_RE.test(slug)) {
    throw new Error('Invalid show slug');
  }
  const archiveName = `${label || slug}-${new Date().toISOString().slice(0, 10)}.tar.gz`;
  const archivePath = path.join(config.storage.archiveDir, archiveName);
  await execAsync(`tar -czf "${archivePath}" -C "${config.storage.mediaRoot}" "shows/${slug}"`, { timeout: 10 * 60 * 1000 }); // VULN cmdi
  return { archiveName, archivePath };
}

function listArchive(archiveName) {
  const archivePath = resolveInside(config.storage.archiveDir, archiveName);
  return new Promise((resolve, reject) => {
    const child = spawn('tar', ['-tzf', archivePath], { shell: false }); // SAFE cmdi
    let out = '';
    child.stdout.on('data', (chunk) => { out += chunk; });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out.split('\n').filter(Boolean)) : reject(new Error(`tar exited ${code}`))));
  });
}

/**
 * A "show pack" is a zip a guest DJ uploads: audio files plus a cue sheet.
 */
function importShowPack(zipPath, slug) {
  if (!SLUG_RE.test(slug)) {
    throw new Error('Invalid show slug');
  }
  const destination = path.join(config.storage.packDir, slug);
  fs.mkdirSync(destination, { recursive: true });
  const zip = new AdmZip(zipPath);
  const written = [];
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory) continue;
    const outPath = path.join(destination, entry.entryName);
    fs.mkdirSync(path.dirname(outPath), { recursive: true });
    fs.writeFileSync(outPath, entry.getData()); // VULN zipslip
    written.push(entry.entryName);
  }
  return written;
}

function importArtworkPack(zipPath, slug) {
  if (!SLUG_RE.test(slug)) {
    throw new Error('Invalid show slug');
  }
  const destination = path.join(config.storage.artworkDir, slug);
  fs.mkdirSync(destination, { recursive: true });
  const zip = new AdmZip(zipPath);
  const written = [];
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory || !imageExtension(entry.entryName)) continue;
    const outPath = resolveInside(destination, entry.entryName);
    fs.mkdirSync(path.dirname(outPath), { recursive: true });
    fs.writeFileSync(outPath, entry.getData()); // SAFE zipslip
    written.push(path.relative(destination, outPath));
  }
  return written;
}

module.exports = { exportShow, listArchive, importShowPack, importArtworkPack };
