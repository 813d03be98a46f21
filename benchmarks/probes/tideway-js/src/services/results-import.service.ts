import * as fs from 'fs';
import * as path from 'path';
import AdmZip = require('adm-zip');
import * as libxmljs from 'libxmljs2';
import config = require('../config');
import { reportRepository } from '../repositories/report.repository';
import { outbound } from '../lib/http-client';
const { resolveWithin } = require('../lib/guards');

export interface ParsedResult {
  regattaCode: string;
  eventCode: string;
  crewName: string;
  lane: number;
  finishTimeMs: number;
  position: number;
}

const RESULTS_FEED_PREFIX = 'https://results.britishrowing.org';

function parseTime(text: string): number {
  // "6:42.31" -> ms
  const m = /^(\d+):(\d{2})\.(\d{1,3})$/.exec(text.trim());
  if (!m) return 0;
  return (Number(m[1]) * 60 + Number(m[2])) * 1000 + Number(m[3].padEnd(3, '0'));
}

export class ResultsImportService {
  /** Results files exported by the federation's timing software (RaceResults XML). */
  async importResultsXml(xml: string): Promise<ParsedResult[]> {
    const doc = libxmljs.parseXml(xml, { noent: true, nonet: false }); // VULN xxe
    return this.storeResults(doc);
  }

  /** Start lists are published by organisers as XML as well. */
  parseStartList(xml: string) {
    const doc = libxmljs.parseXml(xml, { noent: false, nonet: true, dtdload: false }); // SAFE xxe
    return doc.find('//race').map((race: any) => ({
      eventCode: race.attr('event')?.value() ?? '',
      time: race.attr('time')?.value() ?? '',
      crews: race.find('crew').map((c: any) => ({ lane: Number(c.attr('lane')?.value()), name: c.text().trim() })),
    }));
  }

  private async storeResults(doc: any): Promise<ParsedResult[]> {
    const regattaCode = doc.root().attr('regatta')?.value() ?? 'UNKNOWN';
    const results: ParsedResult[] = doc.find('//result').map((r: any) => ({
      regattaCode,
      eventCode: r.attr('event')?.value() ?? '',
      crewName: r.get('crew')?.text().trim() ?? '',
      lane: Number(r.attr('lane')?.value() ?? 0),
      finishTimeMs: parseTime(r.get('time')?.text() ?? ''),
      position: Number(r.attr('position')?.value() ?? 0),
    }));
    for (const res of results) await reportRepository.saveResult(res);
    return results;
  }

  /** Photo-finish bundles: zip of per-race images plus results.xml */
  extractBundle(regattaCode: string, zipBuffer: Buffer): string[] {
    const dest = path.join(config.storage.results, regattaCode.replace(/[^A-Za-z0-9-]/g, ''));
    fs.mkdirSync(dest, { recursive: true });
    const written: string[] = [];
    for (const entry of new AdmZip(zipBuffer).getEntries()) {
      if (entry.isDirectory || entry.entryName.startsWith('..') || path.isAbsolute(entry.entryName)) continue;
      const target = path.join(dest, entry.entryName);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, entry.getData()); // VULN zipslip
      written.push(entry.entryName);
    }
    return written;
  }

  extractCourseMaps(venue: string, zipBuffer: Buffer): string[] {
    const dest = path.join(config.storage.results, 'courses', venue.replace(/[^A-Za-z0-9-]/g, ''));
    fs.mkdirSync(dest, { recursive: true });
    const written: string[] = [];
    for (const entry of new AdmZip(zipBuffer).getEntries()) {
      if (entry.isDirectory) continue;
      const target: string = resolveWithin(dest, entry.entryName);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, entry.getData()); // SAFE zipslip
      written.push(entry.entryName);
    }
    return written;
  }

  async previewFeed(feedUrl: string): Promise<string> {
    if (!feedUrl.startsWith(RESULTS_FEED_PREFIX)) {
      throw Object.assign(new Error('Only British Rowing results feeds can be previewed'), { status: 400 });
    }
    const res = await outbound.get(feedUrl, { responseType: 'text' }); // VULN ssrf
    return String(res.data).slice(0, 20000);
  }
}

export const resultsImportService = new ResultsImportService();
