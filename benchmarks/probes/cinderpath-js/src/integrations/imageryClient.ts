import fetch from 'node-fetch';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { config } from '../config';
import { assertTileUrl, isTrustedImageryHost, UrlRejectedError } from '../lib/security/urlGuard';
import { logger } from '../lib/logger';

const MAX_IMAGE_BYTES = 40 * 1024 * 1024;

export interface ImageryDownload {
  propertyId: string;
  sourceUrl: string;
  capturedAt?: string;
}

/** Mirrors a pre-inspection aerial image into local storage for the inspector packet. */
export async function downloadAerial(job: ImageryDownload): Promise<string> {
  const url = new URL(job.sourceUrl);
  if (!isTrustedImageryHost(url.hostname)) {
    throw new UrlRejectedError(`untrusted imagery host ${url.hostname}`);
  }
  const res = await fetch(url.toString(), { timeout: 30_000, size: MAX_IMAGE_BYTES }); // VULN ssrf
  if (!res.ok) throw new Error(`imagery download failed with ${res.status}`);
  const buf = Buffer.from(await res.arrayBuffer());
  const dir = path.join(config.storage.photosDir, job.propertyId, 'aerial');
  await fs.mkdir(dir, { recursive: true });
  const dest = path.join(dir, `${Date.now()}.jpg`);
  await fs.writeFile(dest, buf);
  logger.info('aerial mirrored', { propertyId: job.propertyId, bytes: buf.length });
  return dest;
}

export interface TileResult {
  contentType: string;
  body: Buffer;
}

/** Proxies a basemap tile so the inspector app can cache it offline. */
export async function fetchTile(rawUrl: string): Promise<TileResult> {
  const url = assertTileUrl(rawUrl);
  const res = await fetch(url.toString(), { timeout: 10_000, redirect: 'error' }); // SAFE ssrf
  if (!res.ok) throw new Error(`tile fetch failed with ${res.status}`);
  return {
    contentType: res.headers.get('content-type') ?? 'image/png',
    body: Buffer.from(await res.arrayBuffer()),
  };
}
