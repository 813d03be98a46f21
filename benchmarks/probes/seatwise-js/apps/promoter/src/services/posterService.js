'use strict';

const { exec } = require('child_process');
const path = require('path');
const { promisify } = require('util');
const config = require('../config');
const { ValidationError } = require('../lib/errors');

const execAsync = promisify(exec);
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/**
 * Builds a printable A3 poster: base artwork + QR code to the event page + caption.
 */
async function generatePoster({ eventId, caption, moduleSize }) {
  if (!UUID_RE.test(String(eventId))) {
    throw new ValidationError('Unknown event');
  }
  const size = Number.parseInt(moduleSize, 10);
  if (!Number.isInteger(size) || size < 4 || size > 20) {
    throw new ValidationError('QR module size must be between 4 and 20');
  }
  const id = String(eventId).toLowerCase();
  const qrPath = path.join(config.posterDir, `${id}-qr.png`);
  const posterPath = path.join(config.posterDir, `${id}.png`);
  const eventUrl = `${config.publicBaseUrl}/e/${id}`;

  await execAsync(`qrencode -s ${size} -m 2 -o ${qrPath} ${eventUrl}`, { timeout: 20000 }); // SAFE cmdi
  await execAsync(`convert ${config.posterTemplate} ${qrPath} -gravity center -composite -gravity south -pointsize 48 -annotate +0+80 "${caption}" ${posterPath}`, { timeout: 60000 }); // VULN cmdi

  return { file: `${id}.png` };
}

module.exports = { generatePoster };
