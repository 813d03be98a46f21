import ky, { HTTPError } from 'ky';
import { config } from '../config';

export interface RegistryMovement {
  maker: string;
  serial: string;
  estimatedYear?: number;
  movementType?: string;
  trains?: number;
  notes?: string;
  provenance?: Array<{ year: number; event: string }>;
}

const registry = ky.create({
  prefixUrl: config.registry.baseUrl,
  timeout: 8000,
  retry: { limit: 2, methods: ['get'] },
  headers: { Accept: 'application/json', 'User-Agent': 'Escapement/2.4 (+https://escapement-restoration.co.uk)' },
});

function makerSlug(maker: string): string {
  return maker
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Looks a movement up in the horological society's registry of recorded makers and serials. */
export async function lookupMovement(maker: string, serial: string): Promise<RegistryMovement | null> {
  const slug = makerSlug(maker);
  if (!slug) return null;
  try {
    return await registry.get(`movements/${slug}/${encodeURIComponent(serial.trim())}`).json<RegistryMovement>(); // SAFE ssrf
  } catch (err) {
    if (err instanceof HTTPError && err.response.status === 404) {
      return null;
    }
    throw err;
  }
}

export async function searchMakers(prefix: string): Promise<string[]> {
  const result = await registry
    .get('makers', { searchParams: { prefix: prefix.slice(0, 40), limit: 15 } })
    .json<{ makers: Array<{ name: string }> }>();
  return result.makers.map((m) => m.name);
}
