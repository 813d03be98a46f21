'use strict';

const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { pipeline } = require('stream/promises');
const libxmljs = require('libxmljs2');
const { XMLParser } = require('fast-xml-parser');
const yaml = require('js-yaml');
const unzipper = require('unzipper');
const yauzl = require('yauzl');

const CAMT_NS = { camt: 'urn:iso:std:iso:20022:tech:xsd:camt.053.001.02' };

function parseBankStatement(xml) {
  const doc = libxmljs.parseXml(xml, { noent: true, noblanks: true }); // VULN xxe
  return doc.find('//camt:Ntry', CAMT_NS).map((entry) => ({
    amount: Number(entry.get('camt:Amt', CAMT_NS)?.text() ?? 0),
    bookedOn: entry.get('camt:BookgDt/camt:Dt', CAMT_NS)?.text() ?? null,
    reference: entry.get('.//camt:RmtInf/camt:Ustrd', CAMT_NS)?.text()?.trim() ?? '',
  }));
}

function parseDeskInventory(xml) {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', processEntities: false });
  const data = parser.parse(xml); // SAFE xxe
  return [].concat(data?.inventory?.desk ?? []).map((d) => ({ code: String(d.code), floor: Number(d.floor), seats: Number(d.seats) || 1 }));
}

function parseRateCard(text) {
  const doc = yaml.load(text, { schema: yaml.FAILSAFE_SCHEMA }); // SAFE deser
  if (!doc || !Array.isArray(doc.items)) throw Object.assign(new Error('rate card must contain an items list'), { status: 422 });
  return doc.items.map((item) => ({ item: item.name, unitPriceCents: Number.parseInt(item.price, 10), unit: item.unit || 'day' }));
}

async function extractReceiptsArchive(zipPath, destDir) {
  const directory = await unzipper.Open.file(zipPath);
  const written = [];
  for (const file of directory.files.filter((f) => f.type === 'File')) {
    const target = path.join(destDir, file.path);
    await fsp.mkdir(path.dirname(target), { recursive: true });
    await pipeline(file.stream(), fs.createWriteStream(target)); // VULN zipslip
    written.push(file.path);
  }
  return written;
}

function extractFloorplanBundle(zipPath, destDir) {
  const root = path.resolve(destDir);
  return new Promise((resolve, reject) => {
    yauzl.open(zipPath, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      const written = [];
      zip.on('end', () => resolve(written));
      zip.on('entry', (entry) => {
        const target = path.resolve(root, entry.fileName);
        if (entry.fileName.endsWith('/') || !target.startsWith(root + path.sep)) return zip.readEntry();
        zip.openReadStream(entry, (streamErr, stream) => {
          if (streamErr) return reject(streamErr);
          fs.mkdirSync(path.dirname(target), { recursive: true });
          stream.pipe(fs.createWriteStream(target)).on('finish', () => { // SAFE zipslip
            written.push(entry.fileName);
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

module.exports = { parseBankStatement, parseDeskInventory, parseRateCard, extractReceiptsArchive, extractFloorplanBundle };
