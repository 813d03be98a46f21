import { readFile } from 'node:fs/promises';
import path from 'node:path';

const BRANDING_DIR = path.resolve(process.env.BRANDING_DIR ?? '/var/lib/cinderpath/branding');

const CONTENT_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
};

export interface BrandingAsset {
  body: Buffer;
  contentType: string;
}

/** Carrier logos in several variants (logo.png, logo-dark.svg, mark.png ...). */
export async function readBrandingAsset(carrierSlug: string, variant: string): Promise<BrandingAsset> {
  const file = path.join(BRANDING_DIR, carrierSlug, variant);
  const body = await readFile(file); // VULN path
  return { body, contentType: CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream' };
}

/** Per-carrier colour overrides for the homeowner portal. */
export async function readCarrierStylesheet(carrierSlug: string): Promise<string> {
  const target = path.resolve(BRANDING_DIR, carrierSlug, 'theme.css');
  if (!target.startsWith(BRANDING_DIR + path.sep)) {
    throw new Response('Not found', { status: 404 });
  }
  return readFile(target, 'utf8'); // SAFE path
}
