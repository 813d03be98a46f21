import { exec, execFile } from 'node:child_process';
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, readdir, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import AdmZip from 'adm-zip';
import { config } from '../config';
import { isImageFileName, resolveInside, ValidationError } from '../util/guards';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

export interface StoredPhoto {
  fileName: string;
  bytes: number;
  thumbnail: string;
}

const MAX_PHOTO_BYTES = 25 * 1024 * 1024;

function orderDir(orderId: number): string {
  return path.join(config.storage.photos, String(orderId));
}

export async function storePhoto(orderId: number, originalName: string, data: Buffer): Promise<StoredPhoto> {
  if (!isImageFileName(originalName)) {
    throw new ValidationError('Only JPEG, PNG, TIFF or HEIC photographs can be attached', 'file');
  }
  if (data.byteLength > MAX_PHOTO_BYTES) {
    throw new ValidationError('Photographs must be smaller than 25 MB', 'file');
  }
  const dir = orderDir(orderId);
  await mkdir(path.join(dir, 'thumbs'), { recursive: true });

  const fileName = `${Date.now()}-${path.basename(originalName)}`;
  const fullPath = path.join(dir, fileName);
  const thumbPath = path.join(dir, 'thumbs', `${fileName}.jpg`);
  await writeFile(fullPath, data);

  await execFileAsync('exiftool', ['-all=', '-overwrite_original', '-q', fullPath]); // SAFE cmdi
  await execAsync(`convert "${fullPath}" -auto-orient -strip -thumbnail 480x480 -quality 82 "${thumbPath}"`); // VULN cmdi

  return { fileName, bytes: data.byteLength, thumbnail: path.basename(thumbPath) };
}

export async function listPhotos(orderId: number): Promise<Array<{ fileName: string; bytes: number; takenAt: Date }>> {
  const dir = orderDir(orderId);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const photos = [];
  for (const name of names.filter((n) => n !== 'thumbs')) {
    const info = await stat(path.join(dir, name));
    photos.push({ fileName: name, bytes: info.size, takenAt: info.mtime });
  }
  return photos.sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
}

export function openPhoto(orderId: number, fileName: string): ReadStream {
  return createReadStream(path.join(orderDir(orderId), fileName)); // VULN path
}

export function openThumbnail(orderId: number, fileName: string): ReadStream {
  const thumbPath = resolveInside(config.storage.photos, String(orderId), 'thumbs', `${fileName}.jpg`);
  return createReadStream(thumbPath); // SAFE path
}

export async function deletePhoto(orderId: number, fileName: string): Promise<void> {
  const dir = orderDir(orderId);
  const target = resolveInside(dir, path.basename(fileName));
  await unlink(target); // SAFE path
  await unlink(resolveInside(dir, 'thumbs', `${path.basename(fileName)}.jpg`)).catch(() => undefined);
}

export async function importArchive(orderId: number, archive: Buffer): Promise<string[]> {
  const dir = orderDir(orderId);
  await mkdir(dir, { recursive: true });
  const zip = new AdmZip(archive);
  const imported: string[] = [];
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory || !isImageFileName(entry.entryName)) continue;
    const destination = path.join(dir, entry.entryName);
    await mkdir(path.dirname(destination), { recursive: true });
    await writeFile(destination, entry.getData()); // VULN zipslip
    imported.push(entry.entryName);
  }
  return imported;
}
