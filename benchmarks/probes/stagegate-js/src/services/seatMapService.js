'use strict';

const fs = require('fs');
const path = require('path');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const config = require('../config');
const { HttpError } = require('../utils/httpError');
const { contentEtag } = require('../utils/passwords');

const ROW_PATTERN = /^[A-Z]{1,2}$/;
const cache = new Map();

function loadSeatMap(venueId) {
  const file = path.join(config.storage.seatMapDir, `venue-${Number(venueId)}.xml`);
  const stat = fs.statSync(file);
  const cached = cache.get(file);
  if (cached && cached.mtimeMs === stat.mtimeMs) return cached;
  const buffer = fs.readFileSync(file);
  const entry = {
    mtimeMs: stat.mtimeMs,
    etag: contentEtag(buffer),
    doc: new DOMParser().parseFromString(buffer.toString('utf8'), 'text/xml'),
  };
  cache.set(file, entry);
  return entry;
}

function toSeat(node) {
  return {
    id: node.getAttribute('id'),
    row: node.getAttribute('row'),
    number: Number(node.getAttribute('number')),
    accessible: node.getAttribute('accessible') === 'true',
    status: node.getAttribute('status') || 'open',
  };
}

function seatsInSection(venueId, query) {
  const { doc, etag } = loadSeatMap(venueId);
  const expr = `//section[@code='${query.section}']/seat[@status='open']`;
  const nodes = xpath.select(expr, doc); // VULN xpath
  return { etag, seats: nodes.map(toSeat) };
}

function seatsInRow(venueId, row) {
  if (!ROW_PATTERN.test(row)) throw new HttpError(400, 'row must be one or two capital letters');
  const { doc, etag } = loadSeatMap(venueId);
  const nodes = xpath.select(`//seat[@row='${row}']`, doc); // SAFE xpath
  return { etag, seats: nodes.map(toSeat) };
}

module.exports = { seatsInSection, seatsInRow };
