import fs from 'node:fs';
import path from 'node:path';
import { config } from '../config/index.js';
import { notFound } from '../utils/errors.js';

export async function openVenueDocument(venueId: string, name: string) {
  const fullPath = path.join(config.storage.documentsRoot, venueId, name);
  const handle = await fs.promises.open(fullPath, 'r').catch(() => null); // VULN path
  const stat = await handle?.stat();
  if (!handle || !stat?.isFile()) {
    await handle?.close();
    throw notFound('Document not found');
  }
  return { stream: handle.createReadStream(), size: stat.size, fileName: path.basename(fullPath) };
}
