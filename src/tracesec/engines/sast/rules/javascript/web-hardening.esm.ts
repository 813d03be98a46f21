import fsp from 'node:fs/promises';
import path from 'node:path';
import AdmZip from 'adm-zip';
import cors from '@koa/cors';
import Koa from 'koa';

const app = new Koa();
const DESK_ORIGIN = 'https://desk.example.com';
const TRUSTED = new Set([DESK_ORIGIN]);

// an origin function that answers with the request's own Origin
// ruleid: trace.javascript.cors.credentials-any-origin
app.use(cors({ origin: (ctx) => ctx.get('Origin') || DESK_ORIGIN, credentials: true }));
// ruleid: trace.javascript.cors.credentials-any-origin
app.use(cors({ credentials: true, origin: (ctx) => ctx.request.header.origin }));
// ok: trace.javascript.cors.credentials-any-origin
app.use(cors({ origin: (ctx) => (TRUSTED.has(ctx.get('Origin')) ? ctx.get('Origin') : DESK_ORIGIN), credentials: true }));
// ok: trace.javascript.cors.credentials-any-origin
app.use(cors({ origin: (ctx) => ctx.get('Origin') }));

// an archive unpacked with the promise API under a local name
export async function unpackGallery(archivePath: string, dest: string): Promise<void> {
  const zip = new AdmZip(archivePath);
  for (const entry of zip.getEntries()) {
    const target = path.join(dest, entry.entryName);
    // ruleid: trace.javascript.archive-extraction.zip-slip
    await fsp.writeFile(target, entry.getData());
  }
}

export async function unpackChecked(archivePath: string, dest: string): Promise<void> {
  const root = path.resolve(dest);
  const zip = new AdmZip(archivePath);
  for (const entry of zip.getEntries()) {
    const target = path.resolve(root, entry.entryName);
    if (!target.startsWith(root + path.sep)) continue;
    // ok: trace.javascript.archive-extraction.zip-slip
    await fsp.writeFile(target, entry.getData());
  }
}

export async function unpackFlat(archivePath: string, dest: string): Promise<void> {
  const zip = new AdmZip(archivePath);
  for (const entry of zip.getEntries()) {
    // ok: trace.javascript.archive-extraction.zip-slip
    await fsp.writeFile(path.join(dest, path.basename(entry.entryName)), entry.getData());
  }
}

// Fastify's CORS plugin
import fastifyCors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';

export async function registerCors(app: FastifyInstance) {
  await app.register(fastifyCors, {
    // ruleid: trace.javascript.cors.credentials-any-origin
    origin: (origin, cb) => cb(null, origin ?? false),
    credentials: true,
  });
  await app.register(fastifyCors, {
    // ok: trace.javascript.cors.credentials-any-origin
    origin: (origin, cb) => cb(null, PARTNER_ORIGINS.has(origin ?? '')),
    credentials: true,
  });
  // ruleid: trace.javascript.cors.credentials-any-origin
  await app.register(fastifyCors, { origin: true, credentials: true });
}

const PARTNER_ORIGINS = new Set(['https://partner.example.com']);

// the target's and the source's items read into variables first, the target through a cast
type Bag = Record<string, unknown>;
const isBag = (v: unknown): v is Bag => typeof v === 'object' && v !== null;

export function overlay<T extends Bag>(target: T, patch: Bag): T {
  for (const key of Object.keys(patch)) {
    const incoming = patch[key];
    const existing = (target as Bag)[key];
    if (isBag(incoming) && isBag(existing)) {
      overlay(existing, incoming);
    } else {
      // ruleid: trace.javascript.prototype-pollution.unsafe-recursive-merge
      (target as Bag)[key] = incoming;
    }
  }
  return target;
}

export function overlayEntries(target: Bag, patch: Bag): Bag {
  for (const [key, value] of Object.entries(patch)) {
    if (isBag(value) && isBag(target[key])) {
      overlayEntries(target[key] as Bag, value);
    } else {
      // ruleid: trace.javascript.prototype-pollution.unsafe-recursive-merge
      target[key] = value;
    }
  }
  return target;
}

const BLOCKED = new Set(['__proto__', 'constructor', 'prototype']);

export function overlayChecked(target: Bag, patch: Bag): Bag {
  for (const [key, value] of Object.entries(patch)) {
    if (BLOCKED.has(key)) continue;
    const existing = target[key];
    if (isBag(value) && isBag(existing)) {
      // ok: trace.javascript.prototype-pollution.unsafe-recursive-merge
      overlayChecked(existing, value);
    } else {
      target[key] = value;
    }
  }
  return target;
}
