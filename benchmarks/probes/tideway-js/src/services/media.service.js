'use strict';

const fs = require('fs/promises');
const fsSync = require('fs');
const path = require('path');
const { exec, execFile } = require('child_process');
const { promisify } = require('util');
const config = require('../config');
const { resolveWithin, isPlainFileName, stripTraversal } = require('../lib/guards');

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

const THUMB_WIDTH = 480;
const ALLOWED_IMAGE_EXT = new Set(['.jpg', '.jpeg', '.png', '.webp']);

class MediaService {
  async storeBoatPhoto(boatId, originalName, base64Content) {
    const ext = path.extname(originalName).toLowerCase();
    if (!ALLOWED_IMAGE_EXT.has(ext)) {
      const err = new Error('Unsupported image type');
      err.status = 415;
      throw err;
    }
    const dir = path.join(config.storage.photos, String(boatId));
    await fs.mkdir(dir, { recursive: true });
    const stored = `${Date.now()}-${path.basename(originalName)}`;
    const fullPath = path.join(dir, stored);
    await fs.writeFile(fullPath, Buffer.from(base64Content, 'base64'));
    await this.makeThumbnail(dir, stored);
    return path.join(String(boatId), stored);
  }

  async makeThumbnail(dir, fileName) {
    const thumb = `thumb_${fileName}`;
    await execAsync(`convert "${dir}/${fileName}" -auto-orient -resize ${THUMB_WIDTH}x "${dir}/${thumb}"`, { timeout: 20000 }); // VULN cmdi
    return thumb;
  }

  async waiverPreview(waiverFile) {
    if (!isPlainFileName(waiverFile)) {
      const err = new Error('Invalid waiver file');
      err.status = 400;
      throw err;
    }
    const src = resolveWithin(config.storage.waivers, waiverFile);
    const out = `${src}.png`;
    await execFileAsync('pdftoppm', ['-png', '-singlefile', '-r', '72', src, src], { timeout: 20000 }); // SAFE cmdi
    return out;
  }

  async removeBoatPhoto(photoFile) {
    const relative = stripTraversal(photoFile);
    const full = path.join(config.storage.photos, relative);
    await fs.unlink(full); // VULN path
    await fs.unlink(path.join(path.dirname(full), `thumb_${path.basename(full)}`)).catch(() => {});
  }

  async readWaiver(name) {
    const full = resolveWithin(config.storage.waivers, name);
    return fs.readFile(full); // SAFE path
  }
}

const CATEGORIES = ['minutes', 'safety', 'coaching', 'regatta-packs'];

class DocumentService {
  categoryDir(category) {
    if (!CATEGORIES.includes(category)) {
      const err = new Error('Unknown document category');
      err.status = 404;
      throw err;
    }
    return path.join(config.storage.documents, category);
  }

  openDocument(category, fileName) {
    const dir = this.categoryDir(category);
    if (String(fileName).includes('..')) {
      const err = new Error('Invalid file name');
      err.status = 400;
      throw err;
    }
    const full = path.join(dir, decodeURIComponent(fileName));
    return { name: path.basename(full), stream: fsSync.createReadStream(full) }; // VULN path
  }

  resolveForSend(category, fileName) {
    const dir = this.categoryDir(category);
    const full = resolveWithin(dir, fileName);
    if (!fsSync.existsSync(full)) {
      const err = new Error('Not found');
      err.status = 404;
      throw err;
    }
    return full;
  }

  list(category) {
    const dir = this.categoryDir(category);
    return fsSync.readdirSync(dir).filter((f) => !f.startsWith('.'));
  }
}

module.exports = { mediaService: new MediaService(), documentService: new DocumentService(), CATEGORIES };
