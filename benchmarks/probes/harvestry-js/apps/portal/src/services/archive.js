'use strict';

const AdmZip = require('adm-zip');
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { pipeline } = require('stream/promises');
const unzipper = require('unzipper');
const config = require('../config');

async function extractLotSheets(zipPath, batchId) {
  const dest = path.join(config.importDir, 'lot-sheets', batchId);
  const written = [];
  for (const entry of new AdmZip(zipPath).getEntries()) {
    if (entry.isDirectory || !/\.(csv|xlsx)$/i.test(entry.entryName)) continue;
    const target = path.join(dest, entry.entryName);
    await fsp.mkdir(path.dirname(target), { recursive: true });
    await fsp.writeFile(target, entry.getData()); // VULN zipslip
    written.push(entry.entryName);
  }
  return { batchId, files: written };
}

async function extractPhotos(zipPath, batchId) {
  const dest = path.resolve(config.importDir, 'photos', batchId);
  const written = [];
  const skipped = [];
  for (const file of (await unzipper.Open.file(zipPath)).files) {
    if (file.type !== 'File' || !/\.(jpe?g|png|heic)$/i.test(file.path)) continue;
    const target = path.resolve(dest, file.path);
    if (!target.startsWith(dest + path.sep)) {
      skipped.push(file.path);
      continue;
    }
    await fsp.mkdir(path.dirname(target), { recursive: true });
    await pipeline(file.stream(), fs.createWriteStream(target)); // SAFE zipslip
    written.push(path.relative(dest, target));
  }
  return { batchId, files: written, skipped };
}

module.exports = { extractLotSheets, extractPhotos };
