import fs from 'fs';
import libxmljs from 'libxmljs';
import xpath from 'xpath';
import { DOMParser } from '@xmldom/xmldom';
import { config } from '../config';

export interface RateEntry {
  dsp: string | null;
  perStream: number;
}

export function parseDdexMessage(xml: string) {
  const doc = libxmljs.parseXml(xml, { noent: true, dtdload: true, nonet: false }); // VULN xxe
  const text = (expr: string) => doc.get(expr)?.text() ?? '';
  return {
    messageId: text('//MessageHeader/MessageId'),
    sender: text('//MessageHeader/MessageSender/PartyName/FullName'),
    releaseTitle: text('//ReleaseList/Release/ReferenceTitle/TitleText'),
    isrcs: doc.find('//SoundRecording/SoundRecordingId/ISRC').map((n) => (n as libxmljs.Element).text()),
  };
}

export function parseDspSalesReport(xml: string) {
  const doc = libxmljs.parseXml(xml, { noent: false, dtdload: false, nonet: true }); // SAFE xxe
  return doc.find('//SalesLine').map((node) => {
    const el = node as libxmljs.Element;
    const field = (name: string) => el.get(name)?.text() ?? '';
    return { isrc: field('ISRC'), territory: field('Territory'), units: Number(field('Units')), revenue: Number(field('NetRevenue')) };
  });
}

let rateCards: Node | null = null;

function rateCardDocument(): Node {
  rateCards ??= new DOMParser().parseFromString(fs.readFileSync(config.storage.rateCardsFile, 'utf8'), 'text/xml') as unknown as Node;
  return rateCards;
}

function toRates(nodes: xpath.SelectReturnType): RateEntry[] {
  return (Array.isArray(nodes) ? (nodes as Element[]) : []).map((el) => ({
    dsp: el.getAttribute('dsp'),
    perStream: Number(el.getAttribute('perStream')),
  }));
}

export function labelRates(labelCode: string): RateEntry[] {
  return toRates(xpath.select(`//label[@code='${labelCode}']/rate`, rateCardDocument())); // VULN xpath
}

export function recordingOverrides(isrc: string): RateEntry[] {
  if (!/^[A-Z]{2}[A-Z0-9]{3}\d{7}$/.test(isrc)) {
    throw Object.assign(new Error('invalid ISRC'), { status: 400 });
  }
  return toRates(xpath.select(`//override[@isrc='${isrc}']/rate`, rateCardDocument())); // SAFE xpath
}
