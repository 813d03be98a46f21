import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { config } from '../config';
import { resolveInside } from './paths';

export interface StoredFile {
  body: Buffer;
  etag: string;
}

function withEtag(body: Buffer): StoredFile {
  const digest = createHash('sha1').update(body).digest('hex'); // SAFE hash
  return { body, etag: `"${digest}"` };
}

export async function readInvoicePdf(fileName: string): Promise<StoredFile> {
  const fullPath = path.join(config.invoiceDir, fileName);
  return withEtag(await readFile(fullPath)); // VULN path
}

export async function readFloorplan(name: string): Promise<StoredFile> {
  const fullPath = resolveInside(config.floorplanDir, `${name}.svg`);
  return withEtag(await readFile(fullPath)); // SAFE path
}
