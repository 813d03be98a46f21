import Boom from '@hapi/boom';
import AdmZip from 'adm-zip';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { config } from '../config';
import { assertUuid, resolveInside, PathEscapeError } from '../lib/security/paths';
import { logger } from '../lib/logger';

const IMAGE_EXT = new Set(['.jpg', '.jpeg', '.png', '.heic', '.webp']);
const MAX_PHOTO_BYTES = 25 * 1024 * 1024;

export interface PhotoUpload {
  inspectionId: string;
  fileName: string;
  data: Buffer;
}

function inspectionDir(inspectionId: string): string {
  return path.join(config.storage.photosDir, assertUuid(inspectionId, 'inspectionId'));
}

/** Photos streamed from the inspector app while on site. */
export async function savePhoto(upload: PhotoUpload): Promise<string> {
  if (upload.data.length > MAX_PHOTO_BYTES) throw Boom.entityTooLarge('photo too large');
  const ext = path.extname(upload.fileName).toLowerCase();
  if (!IMAGE_EXT.has(ext)) throw Boom.unsupportedMediaType('unsupported image type');
  const dir = inspectionDir(upload.inspectionId);
  await fs.mkdir(dir, { recursive: true });
  const target = path.join(dir, upload.fileName);
  await fs.writeFile(target, upload.data); // VULN path
  return target;
}

export async function readPhoto(inspectionId: string, fileName: string): Promise<Buffer> {
  const dir = inspectionDir(inspectionId);
  const safeName = path.basename(fileName);
  return fs.readFile(path.join(dir, safeName)); // SAFE path
}

export async function listPhotos(inspectionId: string): Promise<string[]> {
  const dir = inspectionDir(inspectionId);
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  return names.filter((n) => IMAGE_EXT.has(path.extname(n).toLowerCase())).sort();
}

/** Offline inspections are synced as one zip of photos when the tablet is back online. */
export async function importPhotoBundle(inspectionId: string, archive: Buffer): Promise<number> {
  const dir = inspectionDir(inspectionId);
  await fs.mkdir(dir, { recursive: true });
  const zip = new AdmZip(archive);
  let written = 0;
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory || !IMAGE_EXT.has(path.extname(entry.entryName).toLowerCase())) continue;
    let target: string;
    try {
      target = resolveInside(dir, entry.entryName);
    } catch (err) {
      if (err instanceof PathEscapeError) {
        logger.warn('photo bundle entry rejected', { inspectionId, entry: entry.entryName });
        continue;
      }
      throw err;
    }
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, entry.getData()); // SAFE zipslip
    written += 1;
  }
  return written;
}
