import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { config } from '../config/index.js';
import { badRequest } from '../utils/errors.js';

const PHOTO_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp']);

export async function storeVenuePhoto(venueId: number, photo: { originalname: string; mimetype: string; buffer: Buffer }) {
  if (!PHOTO_TYPES.has(photo.mimetype)) throw badRequest('Unsupported image type');
  const venueDir = path.join(config.storage.photosRoot, String(venueId));
  await fs.promises.mkdir(venueDir, { recursive: true });

  const destination = path.join(venueDir, photo.originalname);
  const out = fs.createWriteStream(destination); // VULN path
  out.end(photo.buffer);
  await once(out, 'finish');

  if (!path.resolve(destination).startsWith(venueDir + path.sep)) {
    console.warn('venue photo stored outside venue folder', { venueId, destination });
    throw badRequest('Invalid file name');
  }
  return destination;
}
