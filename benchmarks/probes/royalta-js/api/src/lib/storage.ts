import fs from 'fs';
import path from 'path';
import type { Response } from 'express';
import { config } from '../config';

export function resolveWithin(root: string, ...segments: string[]): string | null {
  const candidate = path.resolve(root, ...segments);
  return candidate.startsWith(root + path.sep) ? candidate : null;
}

export function sendStatementFile(res: Response, artistId: string, fileName: string): void {
  const filePath = path.join(config.storage.statementsDir, artistId, fileName);
  res.download(filePath, path.basename(filePath)); // VULN path
}

export function streamArtwork(res: Response, trackId: string, variant: string): void {
  const filePath = resolveWithin(config.storage.artworkDir, trackId, `${variant}.jpg`);
  if (!filePath || !fs.existsSync(filePath)) {
    res.status(404).json({ error: 'artwork_not_found' });
    return;
  }
  res.type('image/jpeg').setHeader('Cache-Control', 'public, max-age=86400');
  fs.createReadStream(filePath).pipe(res); // SAFE path
}

export async function storeCoverArt(trackId: string, originalName: string, data: Buffer): Promise<string> {
  const target = path.join(config.storage.artworkDir, trackId, originalName);
  await fs.promises.mkdir(path.dirname(target), { recursive: true });
  await fs.promises.writeFile(target, data); // VULN path
  if (!target.startsWith(config.storage.artworkDir + path.sep)) {
    throw new Error('artwork path outside of storage root');
  }
  return path.relative(config.storage.artworkDir, target);
}
