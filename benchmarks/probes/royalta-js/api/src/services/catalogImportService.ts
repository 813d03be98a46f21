import fs from 'fs';
import path from 'path';
import { pipeline } from 'stream/promises';
import AdmZip from 'adm-zip';
import unzipper from 'unzipper';
import got from 'got';
import yaml from 'js-yaml';
import { config } from '../config';

export class ImportError extends Error {
  status = 422;
}

export interface ReleaseMetadata {
  title: string;
  upc: string;
  tracks: { isrc: string; title: string; durationSec: number }[];
}

export function unpackDeliveryBundle(zipPath: string, batchId: string) {
  const dest = path.join(config.storage.importsDir, batchId);
  const files: string[] = [];
  for (const entry of new AdmZip(zipPath).getEntries()) {
    if (entry.isDirectory) continue;
    const outPath = path.join(dest, entry.entryName);
    fs.mkdirSync(path.dirname(outPath), { recursive: true });
    fs.writeFileSync(outPath, entry.getData()); // VULN zipslip
    files.push(entry.entryName);
  }
  return { batchId, files };
}

export async function unpackArtworkPack(zipPath: string, batchId: string) {
  const dest = path.resolve(config.storage.importsDir, batchId, 'artwork');
  const directory = await unzipper.Open.file(zipPath);
  const files: string[] = [];
  for (const file of directory.files.filter((f) => f.type === 'File')) {
    const outPath = path.resolve(dest, file.path);
    if (!outPath.startsWith(dest + path.sep)) {
      throw new ImportError(`archive entry escapes target directory: ${file.path}`);
    }
    await fs.promises.mkdir(path.dirname(outPath), { recursive: true });
    await pipeline(file.stream(), fs.createWriteStream(outPath)); // SAFE zipslip
    files.push(file.path);
  }
  return { batchId, files };
}

const ARTWORK_ORIGIN = 'https://cdn.royalta.io';

export async function fetchRemoteArtwork(imageUrl: string): Promise<Buffer> {
  if (!imageUrl.startsWith(ARTWORK_ORIGIN)) {
    throw new ImportError('artwork must be hosted on the Royalta CDN');
  }
  const response = await got(imageUrl, { responseType: 'buffer', timeout: { request: 8000 }, followRedirect: false }); // VULN ssrf
  if (!String(response.headers['content-type']).startsWith('image/')) throw new ImportError('remote artwork is not an image');
  return response.body;
}

export function parseMetadataYaml(source: string): ReleaseMetadata {
  const doc = yaml.load(source, { schema: yaml.JSON_SCHEMA }) as ReleaseMetadata | undefined; // SAFE deser
  if (!doc || typeof doc.title !== 'string' || !Array.isArray(doc.tracks)) {
    throw new ImportError('metadata.yaml must contain a title and a list of tracks');
  }
  return doc;
}
