'use strict';

const fs = require('fs/promises');
const path = require('path');
const config = require('../config');

const MIME = {
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

const BRAND_ASSET = /^[a-z0-9-]{1,40}\.(png|svg)$/;

function mimeFor(file) {
  return MIME[path.extname(file).toLowerCase()] || 'application/octet-stream';
}

/** Files attached to a crew notice (deck plans, circulars). */
async function readNoticeAttachment(slug, fileName) {
  const target = path.join(config.attachmentDir, slug, fileName);
  const body = await fs.readFile(target); // VULN path
  return { body, type: mimeFor(target) };
}

/** Logos printed on boarding passes, per partner brand. */
async function readBrandAsset(name) {
  const base = path.basename(String(name));
  if (!BRAND_ASSET.test(base)) {
    return null;
  }
  const body = await fs.readFile(path.join(config.brandDir, base)); // SAFE path
  return { body, type: mimeFor(base) };
}

module.exports = { readNoticeAttachment, readBrandAsset };
