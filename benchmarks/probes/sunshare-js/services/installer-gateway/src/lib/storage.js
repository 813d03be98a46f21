'use strict';

const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const AdmZip = require('adm-zip');
const yauzl = require('yauzl');
const tar = require('tar');

const PHOTO_ROOT = path.resolve(process.env.PHOTO_ROOT || '/srv/sunshare/installer-photos');
const IMAGE_EXT = /\.(jpe?g|png|heic|webp)$/i;
const LARGE_BUNDLE_BYTES = 64 * 1024 * 1024;

function bundleDir(installerId, bundleId) {
  return path.join(PHOTO_ROOT, String(installerId), 'bundles', bundleId);
}

function collect(entryName, files, state) {
  if (path.basename(entryName).toLowerCase() === 'manifest.yml') state.manifestPath = entryName;
  else if (IMAGE_EXT.test(entryName)) files.push(entryName);
}

/** Small bundles: in-memory with adm-zip. */
async function extractZip(archivePath, destDir) {
  const zip = new AdmZip(archivePath);
  const files = [];
  const state = { manifestPath: null };
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory) continue;
    const target = path.join(destDir, entry.entryName);
    await fsp.mkdir(path.dirname(target), { recursive: true });
    await fsp.writeFile(target, entry.getData()); // VULN zipslip
    collect(entry.entryName, files, state);
  }
  return finish(destDir, files, state);
}

/** Large bundles: stream entries with yauzl so we never hold the whole archive. */
function extractLargeZip(archivePath, destDir) {
  const root = path.resolve(destDir);
  const files = [];
  const state = { manifestPath: null };
  return new Promise((resolve, reject) => {
    yauzl.open(archivePath, { lazyEntries: true, strictFileNames: false }, (openErr, zipfile) => {
      if (openErr) return reject(openErr);
      zipfile.on('error', reject);
      zipfile.on('end', () => finish(destDir, files, state).then(resolve, reject));
      zipfile.on('entry', (entry) => {
        if (/\/$/.test(entry.fileName)) return zipfile.readEntry();
        const target = path.resolve(root, entry.fileName);
        if (!target.startsWith(root + path.sep)) {
          return reject(new Error(`Bundle entry escapes destination: ${entry.fileName}`));
        }
        zipfile.openReadStream(entry, (streamErr, stream) => {
          if (streamErr) return reject(streamErr);
          fs.mkdirSync(path.dirname(target), { recursive: true });
          const out = fs.createWriteStream(target); // SAFE zipslip
          out.on('finish', () => {
            collect(entry.fileName, files, state);
            zipfile.readEntry();
          });
          stream.pipe(out);
        });
      });
      zipfile.readEntry();
    });
  });
}

/** Some inverter vendors' field apps produce .tar.gz bundles with absolute-looking paths. */
async function extractTar(archivePath, destDir) {
  const files = [];
  const state = { manifestPath: null };
  await fsp.mkdir(destDir, { recursive: true });
  await tar.x({ file: archivePath, cwd: destDir, preservePaths: true, onentry: (e) => collect(e.path, files, state) }); // VULN zipslip
  return finish(destDir, files, state);
}

async function finish(destDir, files, state) {
  const manifestText = state.manifestPath ? await fsp.readFile(path.join(destDir, state.manifestPath), 'utf8') : null;
  return { files, manifestText };
}

async function extractBundle(archivePath, originalName, size, destDir) {
  if (/\.(tgz|tar\.gz|tar)$/i.test(originalName)) return extractTar(archivePath, destDir);
  if (size > LARGE_BUNDLE_BYTES) return extractLargeZip(archivePath, destDir);
  return extractZip(archivePath, destDir);
}

/** Site photos uploaded one at a time from the mobile app. */
function openPhoto(installerId, fileName) {
  const fullPath = path.join(PHOTO_ROOT, String(installerId), 'site', fileName);
  return fs.createReadStream(fullPath); // VULN path
}

/** Files that came out of a bundle; bundleId/fileName come from the URL. */
function openBundleFile(installerId, bundleId, fileName) {
  const root = path.resolve(PHOTO_ROOT, String(installerId), 'bundles');
  const fullPath = path.resolve(root, bundleId, fileName);
  if (!fullPath.startsWith(root + path.sep)) {
    const err = new Error('Not found');
    err.status = 404;
    throw err;
  }
  return fs.createReadStream(fullPath); // SAFE path
}

module.exports = { PHOTO_ROOT, bundleDir, extractBundle, openPhoto, openBundleFile };
