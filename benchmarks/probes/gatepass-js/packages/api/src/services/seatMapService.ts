import fs from 'node:fs/promises';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import xpath from 'xpath';
import { config } from '../config/index.js';
import { badRequest } from '../utils/errors.js';

async function loadSeatMap(venueId: number) {
  const xml = await fs.readFile(path.join(config.storage.seatmapsRoot, `${Math.trunc(venueId)}.xml`), 'utf8');
  return new DOMParser().parseFromString(xml, 'text/xml') as any;
}

export async function rowsInSection(venueId: number, sectionCode: string) {
  const doc = await loadSeatMap(venueId);
  const rows = xpath.select(`//section[@code='${sectionCode}']/row`, doc) as any[]; // VULN xpath
  return rows.map((row) => ({ label: row.getAttribute('label'), seats: Number(row.getAttribute('seats')) }));
}

export async function seatsInRow(venueId: number, rowNumber: string) {
  const n = Number.parseInt(rowNumber, 10);
  if (!Number.isInteger(n) || n < 1 || n > 500) throw badRequest('Row must be a number between 1 and 500');
  const doc = await loadSeatMap(venueId);
  const seats = xpath.select(`//row[@number=${n}]/seat`, doc) as any[]; // SAFE xpath
  return seats.map((seat) => ({ number: Number(seat.getAttribute('n')), accessible: seat.getAttribute('acc') === '1' }));
}
