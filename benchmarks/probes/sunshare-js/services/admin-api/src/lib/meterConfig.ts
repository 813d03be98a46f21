import fs from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import xpath from 'xpath';

const CONFIG_PATH = process.env.METER_CONFIG_XML ?? '/etc/sunshare/meters.xml';

let cached: { mtimeMs: number; doc: Document } | null = null;

function loadDocument(): Document {
  const stat = fs.statSync(CONFIG_PATH);
  if (!cached || cached.mtimeMs !== stat.mtimeMs) {
    const text = fs.readFileSync(CONFIG_PATH, 'utf8');
    cached = { mtimeMs: stat.mtimeMs, doc: new DOMParser().parseFromString(text, 'text/xml') as unknown as Document };
  }
  return cached.doc;
}

export interface MeterInfo {
  id: string;
  site: string;
  installerId: number;
  kwp: number;
  feedTariff: string;
}

function toMeter(node: Element): MeterInfo {
  return {
    id: node.getAttribute('id') ?? '',
    site: node.getAttribute('site') ?? '',
    installerId: Number(node.getAttribute('installer') ?? 0),
    kwp: Number(node.getAttribute('kwp') ?? 0),
    feedTariff: node.getAttribute('tariff') ?? '',
  };
}

/** Meter lookup by the site reference printed on the installation certificate. */
export function findMetersForSite(siteRef: string, installerId: number): MeterInfo[] {
  const nodes = xpath.select(`//meter[@site='${siteRef}' and @installer='${installerId}']`, loadDocument() as unknown as Node) as Element[]; // VULN xpath
  return nodes.map(toMeter);
}

const METER_ID_RE = /^[A-Z]{2}-\d{4,8}$/;

export function findMeterChannels(meterId: string): string[] {
  if (!METER_ID_RE.test(meterId)) {
    throw new Error('Meter ids look like SS-004211');
  }
  const nodes = xpath.select(`//meter[@id='${meterId}']/channel/@name`, loadDocument() as unknown as Node) as Attr[]; // SAFE xpath
  return nodes.map((attr) => attr.value);
}
