import libxmljs from 'libxmljs2';
import { billingPool } from '@/lib/db';

export interface IntervalReading {
  meterId: string;
  start: Date;
  durationSec: number;
  wattHours: number;
}

const ESPI_NS = { atom: 'http://www.w3.org/2005/Atom', espi: 'http://naesb.org/espi' };

async function store(readings: IntervalReading[]): Promise<void> {
  for (const r of readings) {
    await billingPool.query(
      'INSERT INTO meter_intervals (meter_id, start_at, duration_sec, wh) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
      [r.meterId, r.start, r.durationSec, r.wattHours],
    );
  }
}

/** Green Button feeds reference the ESPI entity set in their DOCTYPE, so entities must be expanded. */
export async function ingestGreenButtonFeed(xml: string): Promise<IntervalReading[]> {
  const doc = libxmljs.parseXml(xml, { noent: true, noblanks: true, huge: true }); // VULN xxe
  const meterId = doc.get('//atom:entry/atom:title', ESPI_NS)?.text().trim() ?? 'unknown';
  const readings: IntervalReading[] = [];
  for (const node of doc.find('//espi:IntervalReading', ESPI_NS)) {
    const el = node as libxmljs.Element;
    readings.push({
      meterId,
      start: new Date(Number(el.get('espi:timePeriod/espi:start', ESPI_NS)?.text()) * 1000),
      durationSec: Number(el.get('espi:timePeriod/espi:duration', ESPI_NS)?.text()),
      wattHours: Number(el.get('espi:value', ESPI_NS)?.text()),
    });
  }
  await store(readings);
  return readings;
}

export async function ingestInverterExport(xml: string): Promise<IntervalReading[]> {
  const doc = libxmljs.parseXml(xml, { noent: false, nonet: true, dtdload: false, noblanks: true }); // SAFE xxe
  const readings: IntervalReading[] = [];
  for (const node of doc.find('/export/inverter/sample')) {
    const el = node as libxmljs.Element;
    readings.push({
      meterId: (el.parent() as libxmljs.Element).attr('serial')?.value() ?? 'unknown',
      start: new Date(el.attr('ts')?.value() ?? 0),
      durationSec: 900,
      wattHours: Number(el.text()),
    });
  }
  await store(readings);
  return readings;
}
