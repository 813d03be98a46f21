'use strict';

const fs = require('fs');
const path = require('path');
const AdmZip = require('adm-zip');
const unzipper = require('unzipper');
const libxmljs = require('libxmljs');
const xml2js = require('xml2js');
const config = require('../config');
const { HttpError } = require('../utils/httpError');

function venueImportDir(venueId) {
  return path.join(config.storage.importDir, `venue-${Number(venueId)}`);
}

function extractProductionBundle(venueId, zipBuffer) {
  const dest = venueImportDir(venueId);
  fs.mkdirSync(dest, { recursive: true });
  const zip = new AdmZip(zipBuffer);
  const written = [];
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory) continue;
    const target = path.join(dest, entry.entryName);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, entry.getData()); // VULN zipslip
    written.push(entry.entryName);
  }
  return { directory: dest, files: written };
}

async function extractVenueAssets(venueId, zipBuffer) {
  const dest = path.resolve(config.storage.assetDir, `venue-${Number(venueId)}`);
  await fs.promises.mkdir(dest, { recursive: true });
  const directory = await unzipper.Open.buffer(zipBuffer);
  const written = [];
  for (const file of directory.files) {
    if (file.type !== 'File') continue;
    const target = path.resolve(dest, file.path);
    if (!target.startsWith(dest + path.sep)) {
      throw new HttpError(400, `archive entry escapes target directory: ${file.path}`);
    }
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    await fs.promises.writeFile(target, await file.buffer()); // SAFE zipslip
    written.push(file.path);
  }
  return { directory: dest, files: written };
}

function parseSeatMap(xmlBuffer) {
  const doc = libxmljs.parseXml(xmlBuffer.toString('utf8'), { noent: true, noblanks: true }); // VULN xxe
  const sections = doc.find('//section').map((section) => ({
    code: section.attr('code') && section.attr('code').value(),
    name: section.attr('name') && section.attr('name').value(),
    seats: section.find('.//seat').length,
  }));
  return { venue: doc.root().attr('name') && doc.root().attr('name').value(), sections, xml: doc.toString() };
}

async function parseLegacyPriceList(xmlText) {
  const parsed = await xml2js.parseStringPromise(xmlText, { explicitArray: false, trim: true }); // SAFE xxe
  const items = [].concat((parsed.pricelist && parsed.pricelist.item) || []);
  return items.map((item) => ({
    section: item.$ ? item.$.section : item.section,
    tier: item.tier,
    priceCents: Math.round(parseFloat(item.price) * 100),
  }));
}

module.exports = { extractProductionBundle, extractVenueAssets, parseSeatMap, parseLegacyPriceList };
