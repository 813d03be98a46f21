import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { config } from './config';

const JPEG_DATA_URL = /^data:image\/jpeg;base64,([A-Za-z0-9+/]+={0,2})$/;
const MAX_PHOTO_BYTES = 400 * 1024;

export async function savePhoto(visitorId: string, dataUrl: string): Promise<string> {
  const match = JPEG_DATA_URL.exec(dataUrl);
  if (!match) throw new Error('photo must be a base64 JPEG data URL');
  const bytes = Buffer.from(match[1], 'base64');
  if (bytes.length > MAX_PHOTO_BYTES) throw new Error('photo is too large');
  await mkdir(config.photoDir, { recursive: true });
  const fileName = `${visitorId}-${Date.now()}.jpg`;
  await writeFile(path.join(config.photoDir, fileName), bytes);
  return fileName;
}

export async function openPhoto(fileName: string): Promise<{ stream: ReadStream; size: number } | null> {
  const file = path.join(config.photoDir, fileName);
  const info = await stat(file).catch(() => null);
  if (!info || !info.isFile()) return null;
  return { stream: createReadStream(file), size: info.size }; // VULN path
}
