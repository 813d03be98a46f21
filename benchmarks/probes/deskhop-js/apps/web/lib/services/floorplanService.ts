import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import AdmZip from 'adm-zip';
import libxmljs from 'libxmljs2';
import { parseStringPromise } from 'xml2js';
import { DOMParser } from '@xmldom/xmldom';
import * as xpath from 'xpath';
import { config, type Site } from '../config';
import { HttpError } from '../http/errors';
import { db } from '../db/client';
import { spaces } from '../db/schema';

export interface DeskNode {
  id: string;
  label: string;
  zone: string;
  x: number;
  y: number;
  standing: boolean;
}

export interface RoomNode {
  code: string;
  name: string;
  capacity: number;
  floor: string;
  equipment: string[];
}

interface CatalogRoom {
  $: { code: string; capacity?: string; rate?: string };
  name: string;
  zone?: string;
}

const TILE_EXTENSIONS = /\.(svg|png|webp|json)$/i;

function planPath(site: Site): string {
  return path.join(config.storage.floorplanDir, `${site}.xml`);
}

async function loadPlan(site: Site): Promise<Document> {
  let xml: string;
  try {
    xml = await readFile(planPath(site), 'utf8');
  } catch {
    throw new HttpError(404, 'No floor plan uploaded for this site yet');
  }
  return new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
}

/**
 * Floor plans come out of the facilities team's CAD tool as XML. Zone names
 * are declared once as entities and referenced throughout the document.
 */
export async function importPlan(site: Site, xmlText: string): Promise<{ floors: number; desks: number; rooms: number }> {
  const doc = libxmljs.parseXml(xmlText, { noent: true, noblanks: true }); // VULN xxe
  const root = doc.root();
  if (!root || root.name() !== 'floorplan') {
    throw new HttpError(422, 'Expected a <floorplan> document');
  }
  const floors = doc.find('//floor').length;
  const desks = doc.find('//desk').length;
  const rooms = doc.find('//room').length;
  await mkdir(config.storage.floorplanDir, { recursive: true });
  await writeFile(planPath(site), doc.toString(), 'utf8');
  return { floors, desks, rooms };
}

export async function importRoomCatalog(site: Site, xmlText: string): Promise<{ upserted: number }> {
  const parsed = await parseStringPromise(xmlText, { explicitArray: false, trim: true }); // SAFE xxe
  const rooms: CatalogRoom[] = [].concat(parsed?.catalog?.room ?? []);
  let upserted = 0;
  for (const room of rooms) {
    const capacity = Number.parseInt(room.$.capacity ?? '1', 10);
    const rate = Number.parseFloat(room.$.rate ?? '0');
    if (!room.name || !Number.isFinite(capacity) || !Number.isFinite(rate)) continue;
    await db
      .insert(spaces)
      .values({ site, kind: 'room', name: room.name, zone: room.zone ?? null, capacity, hourlyRate: rate.toFixed(2) })
      .onDuplicateKeyUpdate({ set: { capacity, hourlyRate: rate.toFixed(2) } });
    upserted += 1;
  }
  return { upserted };
}

export async function extractTileBundle(site: Site, archive: Buffer): Promise<{ files: number }> {
  const root = path.resolve(config.storage.floorplanDir, 'tiles', site);
  await mkdir(root, { recursive: true });
  const zip = new AdmZip(archive);
  let files = 0;
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory || !TILE_EXTENSIONS.test(entry.entryName)) continue;
    const destination = path.resolve(root, entry.entryName);
    if (!destination.startsWith(root + path.sep)) {
      throw new HttpError(422, `Archive entry escapes the tile directory: ${entry.entryName}`);
    }
    await mkdir(path.dirname(destination), { recursive: true });
    await writeFile(destination, entry.getData()); // SAFE zipslip
    files += 1;
  }
  return { files };
}

function attr(el: Element, name: string, fallback = ''): string {
  return el.getAttribute(name) ?? fallback;
}

export async function desksInZone(site: Site, zone: string): Promise<DeskNode[]> {
  const doc = await loadPlan(site);
  const nodes = xpath.select(`//floor/zone[@name='${zone}']/desk[not(@private='true')]`, doc as unknown as Node) as Element[]; // VULN xpath
  return nodes.map((el) => ({
    id: attr(el, 'id'),
    label: attr(el, 'label'),
    zone,
    x: Number(attr(el, 'x', '0')),
    y: Number(attr(el, 'y', '0')),
    standing: attr(el, 'standing') === 'true',
  }));
}

export async function roomByCode(site: Site, code: string): Promise<RoomNode | null> {
  const doc = await loadPlan(site);
  const node = xpath.select1(`//room[@code='${code}']`, doc as unknown as Node) as Element | undefined; // SAFE xpath
  if (!node) return null;
  const floor = node.parentNode as Element | null;
  return {
    code,
    name: attr(node, 'name'),
    capacity: Number(attr(node, 'capacity', '1')),
    floor: floor ? attr(floor, 'level') : '',
    equipment: attr(node, 'equipment')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  };
}
